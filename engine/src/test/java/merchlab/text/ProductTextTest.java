package merchlab.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import merchlab.catalog.Product;
import org.junit.jupiter.api.Test;

/** The one text a product is embedded from. */
class ProductTextTest {
    private static Product product(String title, String brand, String category, String color, String size, String material) {
        return new Product("p1", title, "a long description that is not embedded", brand, category, 10.0, null, null,
                null, color, size, material, null, null, null, null, Map.of());
    }

    @Test
    void joinsTitleBrandCategoryPathAndAttributes() {
        assertEquals("Trail Runner | Stride | Shoes / Running | red | 42 | mesh",
                ProductText.compose(product("Trail Runner", "Stride", "Shoes > Running", "red", "42", "mesh")));
    }

    @Test
    void leavesOutTheBrandWhenTheTitleNamesIt() {
        assertEquals("Stride Trail Runner | Shoes / Running",
                ProductText.compose(product("Stride Trail Runner", "stride", "Shoes>Running", null, "", null)));
    }

    @Test
    void skipsEmptyPartsAndTidiesSpacing() {
        assertEquals("手机壳 | 壳王 | 数码 / 手机配件", ProductText.compose(product("  手机壳 ", "壳王", " 数码 >  手机配件 ", " ", null, null)));
        assertEquals("", ProductText.compose(product(null, null, null, null, null, null)));
    }
}
