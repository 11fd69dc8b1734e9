package dk.peermentor.identity;

import java.io.Serializable;

/** The two password fields of setup, invitation, reset and profile: typed twice, to catch a typo. */
public class NewPasswordForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String password;
    private String repeat;

    /** Whether both fields hold the same password. */
    public boolean isConfirmed() {
        return password != null && password.equals(repeat);
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
