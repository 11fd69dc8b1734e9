package dk.peermentor.certificates;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code printed on a certificate that anyone can type at {@code /verify}: 60 random bits from
 * {@link SecureRandom} written as twelve Crockford base32 characters in groups of four
 * ({@code 7KQ2-M9XD-4RTB}). Crockford's alphabet has no I, L, O or U, so a code read aloud or
 * typed from paper survives the usual slips; {@link #parse} forgives case, hyphens, spaces and I/L/O.
 */
public record VerificationCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("not a verification code");
        }
    }

    /** A fresh code: 12 characters of 5 random bits each. */
    public static VerificationCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new VerificationCode(code.toString());
    }

    /** What someone typed, made canonical; empty when it cannot be a code. */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ', '\t' -> { }
                case 'I', 'L' -> code.append('1');
                case 'O' -> code.append('0');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    code.append(c);
                }
            }
        }
        return code.length() == LENGTH ? Optional.of(new VerificationCode(code.toString())) : Optional.empty();
    }

    /** As printed: {@code 7KQ2-M9XD-4RTB}. */
    public String grouped() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return grouped();
    }
}
