package dk.peermentor.certificates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Certificate file names that every file system takes. */
class FileNamesTest {

    @Test
    void danishLettersAreFoldedTheDanishWay() {
        assertEquals("2026-0042-Kjaergaard-Mette.pdf", FileNames.certificate("2026-0042", "Kjærgaard", "Mette"));
        assertEquals("2026-0001-Oersted-Aase.pdf", FileNames.certificate("2026-0001", "Ørsted", "Åse"));
    }

    @Test
    void anythingButLettersDigitsAndHyphensGoes() {
        assertEquals("2026-0002-O-Brien-Zoe-Jose.pdf", FileNames.certificate("2026-0002", "O'Brien", "Zoë / José"));
        assertEquals("2026-0003-x-etc-passwd.pdf", FileNames.certificate("2026-0003", "../..", "/etc/passwd"));
        assertEquals("2026-0004-x-x.pdf", FileNames.certificate("2026-0004", "李", null));
    }
}
