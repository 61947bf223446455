package merchlab.sample.query;

import java.util.HashMap;
import java.util.Map;
import merchlab.sample.random.Rng;

/**
 * Misspells words the way shoppers do: a dropped, swapped, doubled or mistyped letter in English, and the wrong
 * homophone picked from the pinyin input method in Chinese.
 *
 * <p>Each word has three fixed misspellings, so common misspellings repeat across shoppers as they do in real logs.
 */
public final class Typos {
    private static final String NEIGHBOURS = "qwertyuiopasdfghjklzxcvbnm";
    private static final String HOMOPHONES = "衫山卫为衣依毛猫仔子裤库闲鲜短断夹家克刻羽雨绒容服福冲充锋风连联裙群跑泡步布鞋协篮蓝"
            + "球求帆凡登灯靴学凉梁拖托皮披煎尖锅郭汤烫炒吵咖卡啡非机鸡电店壶湖破迫壁臂饭反煲保空孔气器炸渣马码杯背"
            + "餐参盘判厨除师诗刀到智知手首壳可器气头投戴带耳尔音因箱香笔比本奔脑闹键建鼠数标彪表标面棉霜双洗喜奶乃"
            + "晒筛口扣红宏粉分底低液夜睫节膏高发法水谁吹锤瑜鱼伽家垫电哑压铃零弹谈力立帐账篷蓬肩坚包保运云动东骑奇"
            + "盔亏自字车扯被背套淘枕诊床创单丹台抬窗创帘连地第毯坦收手纳那架价浴玉巾今恤需衬趁牛流休修靴雪";
    private static final Map<Character, Character> ZH = new HashMap<>();

    static {
        for (int i = 0; i + 1 < HOMOPHONES.length(); i += 2) {
            ZH.putIfAbsent(HOMOPHONES.charAt(i), HOMOPHONES.charAt(i + 1));
        }
    }

    private Typos() {
    }

    /** Whether an English word is long enough to misspell. */
    public static boolean canMisspell(String word) {
        if (word.length() < 4) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i)) || word.charAt(i) > 'z') {
                return false;
            }
        }
        return true;
    }

    /** One of three fixed misspellings (variant 0-2) of a lower-case English word. */
    public static String english(String word, int variant) {
        Rng r = new Rng(Rng.hash(word) * 31 + variant);
        for (int attempt = 0; attempt < 8; attempt++) {
            String typo = edit(word, r);
            if (!typo.equals(word)) {
                return typo;
            }
        }
        return word.substring(0, word.length() - 1);
    }

    private static String edit(String w, Rng r) {
        int at = 1 + r.nextInt(w.length() - 2);
        StringBuilder sb = new StringBuilder(w);
        switch (r.nextInt(4)) {
            case 0 -> sb.deleteCharAt(at);
            case 1 -> {
                char c = sb.charAt(at);
                sb.setCharAt(at, sb.charAt(at + 1));
                sb.setCharAt(at + 1, c);
            }
            case 2 -> sb.insert(at, sb.charAt(at));
            default -> sb.setCharAt(at, neighbour(sb.charAt(at), r));
        }
        return sb.toString();
    }

    private static char neighbour(char c, Rng r) {
        int i = NEIGHBOURS.indexOf(c);
        if (i < 0) {
            return c;
        }
        int j = i + (r.chance(0.5) ? 1 : -1);
        return NEIGHBOURS.charAt(Math.floorMod(j, NEIGHBOURS.length()));
    }

    /** The Chinese text with one character replaced by a homophone, or the text itself when none is known. */
    public static String chinese(String text, Rng r) {
        int[] candidates = text.chars().filter(c -> ZH.containsKey((char) c)).toArray();
        if (candidates.length == 0) {
            return text;
        }
        char from = (char) candidates[r.nextInt(candidates.length)];
        int at = text.indexOf(from);
        return text.substring(0, at) + ZH.get(from) + text.substring(at + 1);
    }
}
