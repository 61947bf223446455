package merchlab.importer.format;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import merchlab.behaviour.Event;
import merchlab.behaviour.EventType;
import merchlab.importer.DataKind;
import merchlab.importer.read.Numbers;
import merchlab.importer.read.RowProblem;
import merchlab.importer.read.Timestamps;

/**
 * The Taobao user-behaviour log ({@code user_id, item_id, category_id, behavior_type, timestamp}), published with or
 * without a header, in English or with Chinese column names ({@code 用户ID, 商品ID, 商品类目ID, 行为类型, 时间戳}).
 * {@code pv} is a view, {@code cart} an add-to-cart and {@code buy} a purchase (also the Tianchi codes 1, 3, 4 and the
 * Chinese words); {@code fav} (a favourite, 2) has no MerchLab event and is skipped, counted. Times are epoch seconds or
 * {@code 2014-12-06 02} (a date and an hour). Product fields that a variant of the log carries (brand, title,
 * category name, price) fill in the products; the category id is kept as an attribute.
 */
final class TaobaoBehaviourFormat extends DelimitedFormat {
    static final String[] USER = {"user_id", "userid", "用户id", "用户"};
    static final String[] ITEM = {"item_id", "itemid", "商品id", "商品"};
    static final String[] BEHAVIOUR = {"behavior_type", "behaviour_type", "behavior", "behaviour", "行为类型", "行为"};
    static final String[] TIME = {"timestamp", "time", "datetime", "时间戳", "时间"};
    private static final String[] CATEGORY = {"category_id", "item_category", "商品类目id", "类目id", "商品类目"};
    private static final List<String> NO_HEADER = List.of("user_id", "item_id", "category_id", "behavior_type",
            "timestamp");
    private static final Pattern ROW = Pattern.compile("\\d+,\\d+,\\d+,(pv|buy|cart|fav),\\d+");
    private static final Pattern DATE_HOUR = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{1,2}");

    @Override
    public String name() {
        return "taobao-behaviour";
    }

    @Override
    public Set<DataKind> kinds() {
        return Set.of(DataKind.EVENTS);
    }

    @Override
    public List<List<String>> neededColumns() {
        return List.of(List.of(USER), List.of(ITEM), List.of(BEHAVIOUR), List.of(TIME));
    }

    @Override
    public int recognise(Sniff sniff) {
        if (sniff.isJson() || sniff.isXml()) {
            return 0;
        }
        if (headerless(sniff)) {
            return 10;
        }
        List<String> h = sniff.header();
        boolean all = neededColumns().stream().allMatch(names -> names.stream().anyMatch(h::contains));
        return all ? 10 : 0;
    }

    @Override
    protected List<String> impliedHeader(Sniff sniff) {
        return headerless(sniff) ? NO_HEADER : null;
    }

    private static boolean headerless(Sniff sniff) {
        List<String> lines = sniff.lines();
        return !lines.isEmpty() && lines.stream().allMatch(l -> ROW.matcher(l.strip()).matches());
    }

    @Override
    protected RowMapper start(Columns c, ImportSource source, RowSink sink) {
        int user = c.require(USER);
        int item = c.require(ITEM);
        int behaviour = c.require(BEHAVIOUR);
        int time = c.require(TIME);
        int category = c.find(CATEGORY);
        int categoryName = c.find("category_name", "类目名称", "商品类目名称", "商品类别", "类目名", "类别", "category");
        int brand = c.find("brand", "品牌", "brand_name");
        int title = c.find("title", "item_name", "商品名称", "商品标题", "标题", "name");
        int price = c.find("price", "价格", "商品价格", "售价");
        noteUnused(c, sink);
        return (row, out) -> {
            String when = row.required(time);
            long ts = Timestamps.parse(DATE_HOUR.matcher(when).matches() ? when + ":00" : when);
            EventType type = type(row.required(behaviour));
            String shopper = row.required(user);
            String product = row.required(item);
            String categoryId = row.get(category);
            String path = row.get(categoryName);
            out.productSeen(FillIn.product(product, row.get(title), row.get(brand),
                    path == null ? null : FillIn.path(path.split(">")), EventRules.price(row.decimal(price)),
                    categoryId == null ? Map.of() : Map.of("category_id", categoryId)));
            out.event(new Event(ts, shopper, null, type, product, null, null, null, null, null, null, null, null));
        };
    }

    private static EventType type(String code) throws RowProblem {
        return switch (code) {
            case "pv", "1", "浏览", "点击" -> EventType.VIEW;
            case "cart", "3", "加购", "加入购物车" -> EventType.ADD_TO_CART;
            case "buy", "4", "购买" -> EventType.PURCHASE;
            case "fav", "2", "收藏" -> throw RowProblem.skip("fav (a favourite: MerchLab has no wishlist event)");
            default -> throw new RowProblem("unknown behaviour '" + Numbers.clip(code)
                    + "' (expected pv, cart, buy or fav)");
        };
    }
}
