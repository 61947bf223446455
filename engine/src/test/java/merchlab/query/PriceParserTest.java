package merchlab.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Price constraints as shoppers write them, in English and Chinese. */
class PriceParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "running shoes under 50            | -    | 50",
        "headphones below $30              | -    | 30",
        "desk lamp less than 25 dollars    | -    | 25",
        "jacket up to 120                  | -    | 120",
        "tv 50-100                         | 50   | 100",
        "tv $50 - $100                     | 50   | 100",
        "sofa between 200 and 400          | 200  | 400",
        "boots from 60 to 90               | 60   | 90",
        "watch $30 and up                  | 30   | -",
        "watch 30+                         | 30   | -",
        "camera over 1,000                 | 1000 | -",
        "laptop at least 1.5k              | 1500 | -",
        "bag around 50                     | 40   | 60",
        "连衣裙50元以下                      | -    | 50",
        "手机壳100元以内                     | -    | 100",
        "耳机低于200块                       | -    | 200",
        "跑步鞋 300元以上                    | 300  | -",
        "背包50到100元                       | 50   | 100",
        "茶叶200左右                         | 160  | 240",
        "电视不超过3千                       | -    | 3000",
        "sneakers over 40 under 80         | 40   | 80",
    })
    void readsPriceConstraints(String query, Double min, Double max) {
        Optional<PriceRange> range = PriceParser.parse(query);
        assertTrue(range.isPresent(), "no price found in " + query);
        assertEquals(new PriceRange(min, max), range.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "t-shirt size 42-44", "iphone 13 case", "under armour hoodie", "a50 phone", "5-pack socks size 38-40",
        "尺码36-38 运动鞋", "2人帐篷",
    })
    void leavesQueriesWithoutAPriceAlone(String query) {
        assertEquals(Optional.empty(), PriceParser.parse(query));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "running shoes under 50 | running shoes",
        "连衣裙50元以下          | 连衣裙",
        "red 50-100 dress      | red dress",
    })
    void stripsThePricePhrase(String query, String rest) {
        assertEquals(rest, PriceParser.strip(query));
    }
}
