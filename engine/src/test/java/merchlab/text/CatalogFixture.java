package merchlab.text;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import merchlab.catalog.Product;
import merchlab.fixtures.TestShop;
import merchlab.workspace.Workspace;

/** A small bilingual catalog written into a temporary workspace through {@link TestShop}, for tests. */
public final class CatalogFixture {
    private CatalogFixture() {
    }

    public static Product product(String id, String title, String brand, String category, double price, String color,
                                  String availability) {
        return new Product(id, title, null, brand, category, price, null, null, availability, color, null, null, null,
                null, null, null, Map.of());
    }

    /** Twelve English and Chinese products across shoes, phone accessories, kitchen and tea. */
    public static List<Product> products() {
        return List.of(
                product("en-1", "Trail Running Shoes", "Stride", "Shoes > Running", 79.0, "Red", "in stock"),
                product("en-2", "Road Running Shoes Lightweight", "Stride", "Shoes > Running", 49.0, "Blue", "in stock"),
                product("en-3", "Leather Hiking Boots", "Summit", "Shoes > Boots", 129.0, "Brown", "out of stock"),
                product("en-4", "Silicone Phone Case for iPhone", "Shell", "Electronics > Phone Accessories", 15.0, "Black", null),
                product("en-5", "Fast USB-C Charger 30W", "Volt", "Electronics > Phone Accessories", 25.0, "White", "in stock"),
                product("en-6", "Stainless Steel Frying Pan", "Chef", "Home > Kitchen", 35.0, "Silver", "in stock"),
                product("zh-1", "男士轻便跑步鞋", "飞跃", "鞋 > 跑步鞋", 199.0, "黑色", "in stock"),
                product("zh-2", "女款透气运动跑鞋", "飞跃", "鞋 > 跑步鞋", 259.0, "粉色", "in stock"),
                product("zh-3", "苹果手机壳硅胶防摔", "壳王", "数码 > 手机配件", 29.0, "透明", "in stock"),
                product("zh-4", "快充充电器", "闪电", "数码 > 手机配件", 59.0, "白色", "in stock"),
                product("zh-5", "不锈钢炒锅", "厨神", "家居 > 厨房", 129.0, "银色", "in stock"),
                product("zh-6", "西湖龙井绿茶礼盒", "茶语", "食品 > 茶叶", 168.0, null, "in stock"));
    }

    /** A new workspace in {@code dir} holding {@code products}. */
    public static Workspace workspace(Path dir, List<Product> products) {
        Workspace ws = Workspace.open(dir.resolve("shop.db"));
        write(ws, products, 1L);
        return ws;
    }

    /** Inserts or replaces products with the given {@code updated_at}. */
    public static void write(Workspace ws, List<Product> products, long updatedAt) {
        TestShop shop = new TestShop(ws).withoutEmbeddings().updatedAt(updatedAt);
        products.forEach(shop::replaceProduct);
        shop.workspace();
    }

    /** Deletes a product. */
    public static void delete(Workspace ws, String id) {
        new TestShop(ws).deleteProduct(id).workspace();
    }
}
