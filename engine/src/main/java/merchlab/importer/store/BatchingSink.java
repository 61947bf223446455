package merchlab.importer.store;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.function.LongSupplier;
import merchlab.behaviour.Event;
import merchlab.catalog.Product;
import merchlab.importer.ImportSettings;
import merchlab.importer.Rejection;
import merchlab.importer.format.CampaignRow;
import merchlab.importer.format.RowSink;
import merchlab.importer.read.Numbers;

/**
 * Collects a format's rows into {@link Batch}es of whole records, replacing shopper ids by pseudonyms when asked, and
 * hands each full batch on; a rejected or skipped record's rows are dropped together. When pseudonymising, the
 * messages it keeps go through {@link Redaction}, since a misplaced column may put a shopper id in any of them.
 */
public final class BatchingSink implements RowSink {
    /** Takes a closed batch (for example, queues it for the writer). */
    @FunctionalInterface
    public interface Handoff {
        void take(Batch batch);
    }

    private final String fileName;
    private final int batchRows;
    private final Pseudonymizer pseudonyms;
    private final LongSupplier bytesRead;
    private final Handoff handoff;
    private Batch batch = new Batch();
    private final RecentIds seenShoppers = new RecentIds(1 << 18);
    private final FileProductIds fileProducts = new FileProductIds();
    private String recordProblem;
    private long line;
    private long records;
    private long batchStart;
    private int eventMark;
    private int productMark;
    private int seenMark;
    private int shopperMark;
    private int judgmentMark;
    private int campaignMark;
    private Set<String> knownCampaigns = Set.of();
    private double maxBid = ImportSettings.DEFAULT_MAX_BID;

    /**
     * @param pseudonyms null to keep shopper ids as they are
     * @param bytesRead  how far the file has been read, recorded with each batch
     */
    public BatchingSink(String fileName, int batchRows, Pseudonymizer pseudonyms, LongSupplier bytesRead,
                        Handoff handoff) {
        this.fileName = fileName;
        this.batchRows = batchRows;
        this.pseudonyms = pseudonyms;
        this.bytesRead = bytesRead;
        this.handoff = handoff;
    }

    @Override
    public void begin(long line) {
        this.line = line;
        recordProblem = null;
        eventMark = batch.events.size();
        productMark = batch.products.size();
        seenMark = batch.seen.size();
        shopperMark = batch.shoppers.size();
        judgmentMark = batch.judgments.size();
        campaignMark = batch.campaignBids.size();
    }

    /**
     * The rules of sponsored rows: an ad event must name a campaign of {@code campaigns} (those in the workspace when
     * the import began), and no bid may pass {@code cap}.
     */
    public void adRules(Set<String> campaigns, double cap) {
        this.knownCampaigns = Set.copyOf(campaigns);
        this.maxBid = cap;
    }

    @Override
    public void event(Event event) {
        Event e = event;
        if (e.ad() != null) {
            String campaign = e.ad().campaignId();
            if (campaign == null) {
                recordProblem = "a sponsored " + e.type().code() + " needs its campaign_id";
                return;
            }
            if (!knownCampaigns.contains(campaign)) {
                recordProblem = "campaign '" + Numbers.clip(campaign) + "' is not in the"
                        + " workspace: import the campaigns first (--campaigns)";
                return;
            }
        }
        if (pseudonyms != null && e.userId() != null) {
            e = new Event(e.timestamp(), pseudonyms.apply(e.userId()), e.sessionId(), e.type(), e.productId(),
                    e.query(), e.position(), e.device(), e.dwellMs(), e.price(), e.quantity(), e.requestId(),
                    e.trueCtr(), e.ad());
        }
        batch.addEvent(e, EventIds.of(e));
    }

    @Override
    public void product(Product product) {
        if (!fileProducts.add(product.id())) {
            recordProblem = "product id '" + Numbers.clip(product.id())
                    + "' appeared earlier in this file: the first row is kept";
            return;
        }
        batch.products.add(product);
    }

    @Override
    public void productSeen(Product product) {
        batch.seen.add(product);
    }

    @Override
    public void user(String userId, String attributesJson) {
        batch.shoppers.add(new Batch.Shopper(pseudonyms == null ? userId : pseudonyms.apply(userId), attributesJson));
    }

    @Override
    public void judgment(String query, String productId, double grade) {
        batch.judgments.add(new Batch.Judgment(query, productId, grade));
    }

    @Override
    public void campaignBid(CampaignRow row) {
        if (row.bid() > maxBid) {
            recordProblem = String.format(Locale.ROOT, "campaign %s: the bid for %s is %s, above the cap of"
                    + " %s a click (--max-bid)", Numbers.clip(row.campaignId()),
                    Numbers.clip(row.productId()), plain(row.bid()), plain(maxBid));
            return;
        }
        batch.campaignBids.add(row);
    }

    private static String plain(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    @Override
    public void accept() {
        if (recordProblem != null) {
            reject(recordProblem);
            return;
        }
        batch.accepted++;
        endRecord();
    }

    @Override
    public void reject(String reason) {
        rollback();
        batch.rejections.add(new Rejection(fileName, line, shown(reason)));
        endRecord();
    }

    @Override
    public void skip(String reason) {
        rollback();
        batch.skipped++;
        batch.skippedBy.merge(shown(reason), 1L, Long::sum);
        endRecord();
    }

    @Override
    public void note(String remark) {
        batch.notes.add(shown(remark));
    }

    /** A message as stored: without the file's values when shopper ids are pseudonymised. */
    private String shown(String message) {
        return pseudonyms == null ? message : Redaction.of(message);
    }

    /** Hands on the last, partly filled batch. */
    public void finish() {
        close();
    }

    private void rollback() {
        batch.events.subList(eventMark, batch.events.size()).clear();
        batch.products.subList(productMark, batch.products.size()).clear();
        batch.seen.subList(seenMark, batch.seen.size()).clear();
        batch.shoppers.subList(shopperMark, batch.shoppers.size()).clear();
        batch.judgments.subList(judgmentMark, batch.judgments.size()).clear();
        batch.campaignBids.subList(campaignMark, batch.campaignBids.size()).clear();
    }

    private void endRecord() {
        records++;
        if (batch.rows() >= batchRows || records - batchStart >= batchRows) {
            close();
        }
    }

    private void close() {
        Batch full = batch;
        for (Event e : full.events) {
            if (e.userId() != null && seenShoppers.add(e.userId())) {
                full.newShoppers.add(e.userId());
            }
        }
        full.bytes = bytesRead.getAsLong();
        full.records = records;
        batchStart = records;
        batch = new Batch();
        handoff.take(full);
    }
}
