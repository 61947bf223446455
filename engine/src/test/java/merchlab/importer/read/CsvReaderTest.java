package merchlab.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvReaderTest {
    /** Each record as "line|problem|v1|v2..." for compact assertions. */
    private static List<String> read(byte[] bytes, char sep, boolean quoting) throws IOException {
        List<String> out = new ArrayList<>();
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(bytes), sep, quoting)) {
            while (r.next()) {
                StringBuilder sb = new StringBuilder().append(r.line()).append('|').append(r.problem());
                for (int i = 0; i < r.size(); i++) {
                    try {
                        sb.append("|");
                        sb.append(r.text(i, "v"));
                    } catch (RowProblem e) {
                        sb.append("!").append(e.getMessage());
                    }
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    private static List<String> read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8), ',', true);
    }

    @Test
    void repeatedValuesAreReadAsTheSameTextAndChangedOnesAsTheirOwn() throws IOException, RowProblem {
        assertEquals(List.of("1|null|u1|mobile|a\"\"b", "2|null|u1|mobile|a\"b", "3|null|u12|mobil|a\"b",
                        "4|null|u1|mobile|", "5|null|u1|\u00e9t\u00e9|x"),
                read("u1,mobile,a\"\"b\nu1,mobile,\"a\"\"b\"\nu12,mobil,\"a\"\"b\"\nu1,mobile,\nu1,\u00e9t\u00e9,x\n"));
        try (CsvReader r = new CsvReader(new ByteArrayInputStream("u1,s\nu1,t\n".getBytes(StandardCharsets.UTF_8)),
                ',', true)) {
            r.next();
            String first = r.text(0, "user");
            r.next();
            assertTrue(first == r.text(0, "user"), "the repeated shopper is one string");
            assertEquals("t", r.text(1, "session"));
        }
    }

    @Test
    void readsPlainQuotedAndEscapedValues() throws IOException {
        assertEquals(List.of("1|null|a|b c|", "2|null|x,y|say \"hi\"|"),
                read("a,b c,\n\"x,y\",\"say \"\"hi\"\"\",\n"));
    }

    @Test
    void quotedValueMaySpanLinesAndLineNumbersFollow() throws IOException {
        assertEquals(List.of("1|null|h1|h2", "2|null|one\ntwo|v", "4|null|last|x"),
                read("h1,h2\n\"one\ntwo\",v\nlast,x"));
    }

    @Test
    void crlfLineEndsAndBomAreRemoved() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "id,name\r\n1,\"a\"\r\n2,b\r\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        all.write(bom);
        all.write(body);
        assertEquals(List.of("1|null|id|name", "2|null|1|a", "3|null|2|b"), read(all.toByteArray(), ',', true));
    }

    @Test
    void blankLinesAreSkippedButCounted() throws IOException {
        assertEquals(List.of("1|null|a|b", "4|null|c|d"), read("a,b\n\n\nc,d\n"));
    }

    @Test
    void textAfterClosingQuoteIsReportedAndReadingGoesOn() throws IOException {
        assertEquals(List.of("1|null|a|b", "2|broken quoting: text after a closing quote", "3|null|c|d"),
                read("a,b\n\"x\"y,z\nc,d\n"));
    }

    @Test
    void unterminatedQuoteRejectsItsLineAndResumesOnTheNext() throws IOException {
        assertEquals(List.of("1|null|a|b", "2|broken quoting: a quoted value never closes", "3|null|c|d",
                        "4|null|e|f"),
                read("a,b\n\"open,x\nc,d\ne,f\n"));
    }

    @Test
    void bareQuoteInsideUnquotedValueIsKept() throws IOException {
        assertEquals(List.of("1|null|24\" monitor|ok"), read("24\" monitor,ok\n"));
    }

    @Test
    void tabSeparatedTreatsQuotesLiterally() throws IOException {
        assertEquals(List.of("1|null|\"Quoted\" Title|x"),
                read("\"Quoted\" Title\tx\n".getBytes(StandardCharsets.UTF_8), '\t', false));
    }

    @Test
    void invalidUtf8IsAProblemOfThatValueOnly() throws IOException {
        byte[] bytes = {'o', 'k', ',', 'b', 'a', (byte) 0xFF, 'd', '\n', 'x', ',', (byte) 0xC3, (byte) 0xA9, '\n'};
        assertEquals(List.of("1|null|ok|!invalid UTF-8 encoding in v", "2|null|x|\u00e9"), read(bytes, ',', true));
    }

    @Test
    void recordsLargerThanTheBufferAreRead() throws IOException {
        String big = "y".repeat(3 << 20);
        List<String> rows = read("a," + big + "\nb,c\n");
        assertEquals(2, rows.size());
        assertEquals("1|null|a|" + big, rows.get(0));
        assertEquals("2|null|b|c", rows.get(1));
    }

    @Test
    void emptyInputHasNoRecords() throws IOException {
        assertTrue(read("").isEmpty());
    }

    @Test
    void emptyValuesAreEmpty() throws IOException {
        try (CsvReader r = new CsvReader(new ByteArrayInputStream("a,,\"\"\n".getBytes(StandardCharsets.UTF_8)),
                ',', true)) {
            assertTrue(r.next());
            assertEquals(3, r.size());
            assertFalse(r.isEmpty(0));
            assertTrue(r.isEmpty(1));
            assertTrue(r.isEmpty(2));
            assertNull(r.textOrNull(1, "v"));
            assertFalse(r.next());
        } catch (RowProblem e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void numbersAreStrict() {
        assertThrows(RowProblem.class, () -> Numbers.decimal("12,5", "price"));
        assertThrows(RowProblem.class, () -> Numbers.whole("3.5", "position"));
        assertThrows(RowProblem.class, () -> Numbers.decimal("NaN", "price"));
        try {
            assertEquals(3, Numbers.whole("3.0", "position"));
            assertEquals(-2.5e3, Numbers.decimal(" -2.5e3 ", "x"));
        } catch (RowProblem e) {
            throw new AssertionError(e);
        }
    }

    /** Random records, written with RFC 4180 quoting, read back through buffers of every small size. */
    @Test
    void randomRecordsSurviveAnyBufferBoundary() throws IOException {
        java.util.Random random = new java.util.Random(7);
        String alphabet = "ab,\"\n x\u00e9\u4e2d";
        for (int round = 0; round < 200; round++) {
            List<List<String>> records = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            int n = 1 + random.nextInt(6);
            for (int r = 0; r < n; r++) {
                List<String> values = new ArrayList<>();
                int width = 1 + random.nextInt(4);
                for (int v = 0; v < width; v++) {
                    StringBuilder value = new StringBuilder();
                    for (int k = random.nextInt(6); k > 0; k--) {
                        value.append(alphabet.charAt(random.nextInt(alphabet.length())));
                    }
                    values.add(value.toString());
                }
                if (width == 1 && values.get(0).isEmpty()) {
                    values.set(0, "z");
                }
                records.add(values);
                for (int v = 0; v < width; v++) {
                    String value = values.get(v);
                    boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n")
                            || random.nextBoolean();
                    text.append(v == 0 ? "" : ",").append(quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value);
                }
                if (r < n - 1 || random.nextBoolean()) {
                    text.append(random.nextBoolean() ? "\n" : "\r\n");
                }
            }
            byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
            int buffer = 1 + random.nextInt(24);
            List<List<String>> read = new ArrayList<>();
            try (CsvReader reader = new CsvReader(new ByteArrayInputStream(bytes), ',', true, buffer)) {
                while (reader.next()) {
                    assertNull(reader.problem(), () -> "problem in " + text);
                    List<String> values = new ArrayList<>();
                    for (int i = 0; i < reader.size(); i++) {
                        try {
                            values.add(reader.text(i, "v"));
                        } catch (RowProblem e) {
                            throw new AssertionError(e);
                        }
                    }
                    read.add(values);
                }
            }
            assertEquals(records, read, "buffer " + buffer + " text " + text);
        }
    }

    @Test
    void plainNumbersReadFromBytesEqualJavasParsing() throws IOException {
        java.util.Random random = new java.util.Random(5);
        StringBuilder text = new StringBuilder();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String v = switch (i % 4) {
                case 0 -> Long.toString(random.nextLong() % 1_000_000_000_000L);
                case 1 -> String.format(java.util.Locale.ROOT, "%.2f", random.nextDouble() * 1000);
                case 2 -> Double.toString(random.nextDouble());
                default -> random.nextInt(100) + "." + random.nextInt(1_000_000);
            };
            values.add(v);
            text.append(v).append('\n');
        }
        text.append("1e3\n12.\n-\n.5\n 7\n");
        values.addAll(List.of("1e3", "12.", "-", ".5", " 7"));
        try (CsvReader r = new CsvReader(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
                ',', true)) {
            for (String v : values) {
                assertTrue(r.next());
                double fast = r.plainDecimal(0);
                if (!Double.isNaN(fast)) {
                    assertEquals(Double.parseDouble(v), fast, v);
                } else {
                    assertTrue(v.contains("e") || v.equals("-") || v.startsWith(" ") || v.replace(".", "")
                            .replace("-", "").length() > 15, v);
                }
                long whole = r.plainWhole(0);
                if (whole != Long.MIN_VALUE) {
                    assertEquals(Long.parseLong(v), whole, v);
                } else {
                    assertTrue(!v.matches("-?[0-9]{1,18}"), v);
                }
            }
        }
    }
}

