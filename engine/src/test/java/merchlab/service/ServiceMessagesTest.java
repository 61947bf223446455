package merchlab.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import merchlab.MerchLabException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceMessagesTest {
    @TempDir
    Path dir;

    @Test
    void readsMessagesAndSkipsRowsWithoutAnIntent() throws Exception {
        Path f = dir.resolve("m.csv");
        Files.writeString(f, "instruction,intent,entity_type,entity_value\n\"where is order 12345, please\",track_order,"
                + "order_id,12345\nno intent here,,,\n");
        ServiceMessages.Read read = ServiceMessages.read(f);
        assertEquals(1, read.messages().size());
        assertEquals(1, read.skipped());
        assertEquals(new LabelledMessage("where is order 12345, please", "track_order", "order_id", "12345"),
                read.messages().get(0));
    }

    @Test
    void aFileWithoutTheNeededColumnsSaysWhichAreMissing() throws Exception {
        Path f = dir.resolve("products.csv");
        Files.writeString(f, "id,title,price\nP1,Shoe,10\n");
        MerchLabException e = assertThrows(MerchLabException.class, () -> ServiceMessages.read(f));
        assertTrue(e.getMessage().contains("no instruction (or message) and no intent column"), e.getMessage());
        assertTrue(e.getMessage().contains("found: id,title,price"), e.getMessage());
    }

    @Test
    void aMissingOrEmptyFileIsAClearError() throws Exception {
        assertThrows(MerchLabException.class, () -> ServiceMessages.read(dir.resolve("none.csv")));
        Path empty = Files.writeString(dir.resolve("empty.csv"), "");
        assertTrue(assertThrows(MerchLabException.class, () -> ServiceMessages.read(empty)).getMessage()
                .contains("is empty"));
    }
}
