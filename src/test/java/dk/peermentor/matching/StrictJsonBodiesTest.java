package dk.peermentor.matching;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import jakarta.json.JsonException;

/** What the API accepts as a body before the binding sees it: one object, shallow, nothing after. */
class StrictJsonBodiesTest {

    @Test
    void aMatchStatusReportIsOneShallowObject() {
        assertDoesNotThrow(() -> StrictJsonBodies.requireOneShallowObject(
                "{\"status\":\"MATCHED\",\"reference\":\"m-1\",\"tags\":[1,[2,{\"a\":[]}]]}  \n"));
    }

    @Test
    void nestingDeeperThanTheLimitIsRefused() {
        String deep = "[".repeat(StrictJsonBodies.MAX_DEPTH) + "]".repeat(StrictJsonBodies.MAX_DEPTH);
        assertDoesNotThrow(() -> StrictJsonBodies.requireOneShallowObject("{\"a\":" + deep.substring(1, deep.length() - 1) + "}"));
        assertThrows(JsonException.class, () -> StrictJsonBodies.requireOneShallowObject("{\"a\":" + deep + "}"));
        String thousands = "[".repeat(5_000) + "]".repeat(5_000);
        assertThrows(JsonException.class, () -> StrictJsonBodies.requireOneShallowObject("{\"a\":" + thousands + "}"));
    }

    @Test
    void aSecondValueAfterTheObjectIsRefused() {
        assertThrows(JsonException.class, () -> StrictJsonBodies.requireOneShallowObject("{\"status\":\"MATCHED\"}{\"status\":\"ENDED\"}"));
        assertThrows(JsonException.class, () -> StrictJsonBodies.requireOneShallowObject("{} 1"));
    }

    @Test
    void anythingButAnObjectIsRefused() {
        for (String body : new String[] {"[]", "\"MATCHED\"", "42", "null", "{\"status\":", "{\"a\":[1,2"}) {
            assertThrows(JsonException.class, () -> StrictJsonBodies.requireOneShallowObject(body), body);
        }
    }
}
