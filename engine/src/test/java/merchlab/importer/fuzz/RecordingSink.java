package merchlab.importer.fuzz;

import java.util.ArrayList;
import java.util.List;
import merchlab.behaviour.Event;
import merchlab.catalog.Product;
import merchlab.importer.format.RowSink;

/**
 * A sink that checks a reader keeps the record protocol (rows only inside a record, each record ended once, reasons
 * that are one short printable line) and keeps the rows of accepted records for re-reading.
 */
final class RecordingSink implements RowSink {
    /** A relevance judgment as a reader gave it. */
    record Judgment(String query, String productId, double grade) {
    }

    /** The longest reason or note a reader may give. */
    static final int MAX_MESSAGE = 400;

    final List<Event> events = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<Judgment> judgments = new ArrayList<>();
    long records;
    long rowsSeen;
    private final List<Event> recordEvents = new ArrayList<>();
    private final List<Product> recordProducts = new ArrayList<>();
    private final List<Judgment> recordJudgments = new ArrayList<>();
    private boolean open;
    private long lastLine;

    @Override
    public void begin(long line) {
        check(!open, "begin(" + line + ") while record at line " + lastLine + " is still open");
        check(line >= 1 && line >= lastLine, "record line " + line + " after line " + lastLine);
        open = true;
        lastLine = line;
        records++;
    }

    @Override
    public void event(Event event) {
        inRecord("event");
        check(event.type() != null, "an event without a type");
        recordEvents.add(event);
        rowsSeen++;
    }

    @Override
    public void product(Product product) {
        inRecord("product");
        check(product.id() != null && !product.id().isBlank(), "a product without an id");
        recordProducts.add(product);
        rowsSeen++;
    }

    @Override
    public void productSeen(Product product) {
        inRecord("productSeen");
        check(product.id() != null && !product.id().isBlank(), "a seen product without an id");
        rowsSeen++;
    }

    @Override
    public void user(String userId, String attributesJson) {
        inRecord("user");
        check(userId != null && !userId.isBlank(), "a shopper without an id");
        rowsSeen++;
    }

    @Override
    public void judgment(String query, String productId, double grade) {
        inRecord("judgment");
        check(Double.isFinite(grade) && grade >= 0, "judgment grade " + grade);
        recordJudgments.add(new Judgment(query, productId, grade));
        rowsSeen++;
    }

    @Override
    public void campaignBid(merchlab.importer.format.CampaignRow row) {
        inRecord("campaign bid");
        check(row.bid() > 0 && row.dailyBudget() > 0, "campaign bid " + row.bid() + ", budget " + row.dailyBudget());
        rowsSeen++;
    }

    @Override
    public void accept() {
        end("accept");
        events.addAll(recordEvents);
        products.addAll(recordProducts);
        judgments.addAll(recordJudgments);
        clear();
    }

    @Override
    public void reject(String reason) {
        end("reject");
        message("rejection", reason);
        clear();
    }

    @Override
    public void skip(String reason) {
        end("skip");
        message("skip reason", reason);
        clear();
    }

    @Override
    public void note(String remark) {
        message("note", remark);
    }

    /** Checks that the reader ended its last record. */
    void finish() {
        check(!open, "the record at line " + lastLine + " was never ended");
    }

    private void end(String how) {
        check(open, how + "() outside a record (after line " + lastLine + ")");
        open = false;
    }

    private void clear() {
        recordEvents.clear();
        recordProducts.clear();
        recordJudgments.clear();
    }

    private void inRecord(String what) {
        check(open, what + " outside a record (after line " + lastLine + ")");
    }

    static void message(String what, String text) {
        check(text != null && !text.isBlank(), "a blank " + what);
        if (text.length() > MAX_MESSAGE) {
            throw new AssertionError(what + " of " + text.length() + " characters: " + text.substring(0, 80));
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new AssertionError(what + " with a control character: " + text.replaceAll("\\p{Cntrl}", "?"));
        }
    }

    static void check(boolean ok, String failure) {
        if (!ok) {
            throw new AssertionError(failure);
        }
    }
}
