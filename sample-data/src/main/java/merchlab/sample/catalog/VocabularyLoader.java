package merchlab.sample.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import merchlab.sample.Lang;

/** Reads the bundled {@code vocabulary.json} into a {@link Vocabulary}. */
final class VocabularyLoader {
    private static final String RESOURCE = "vocabulary.json";

    private VocabularyLoader() {
    }

    static Vocabulary load() {
        try (InputStream in = VocabularyLoader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return build(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    private static Vocabulary build(JsonNode root) {
        List<Term> colours = terms(root.get("colours"));
        List<Term> materials = terms(root.get("materials"));
        Map<String, Integer> colourIndex = index(colours);
        Map<String, Integer> materialIndex = index(materials);
        List<TopCategory> tops = new ArrayList<>();
        List<LeafCategory> leaves = new ArrayList<>();
        List<Brand> brands = new ArrayList<>();
        Map<String, Integer> leafIndex = new HashMap<>();
        List<List<String>> complementKeys = new ArrayList<>();
        for (JsonNode topNode : root.get("tops")) {
            int top = tops.size();
            tops.add(new TopCategory(top, topNode.get("key").asText(), Bilingual.parse(topNode.get("name").asText()),
                    context(topNode.get("context")), strings(topNode.at("/descriptions/en")),
                    strings(topNode.at("/descriptions/zh"))));
            for (Lang lang : Lang.values()) {
                for (String spec : strings(topNode.at("/brands/" + lang.code()))) {
                    int colon = spec.lastIndexOf(':');
                    Brand.Tier tier = Brand.Tier.valueOf(spec.substring(colon + 1).toUpperCase(java.util.Locale.ROOT));
                    brands.add(new Brand(brands.size(), spec.substring(0, colon), lang, top, tier));
                }
            }
            for (JsonNode leafNode : topNode.get("leaves")) {
                LeafCategory leaf = leaf(leafNode, leaves.size(), top, root.get("sizeSchemes"), colourIndex,
                        materialIndex);
                leafIndex.put(leaf.key(), leaf.index());
                leaves.add(leaf);
                complementKeys.add(strings(leafNode.get("complements")));
            }
        }
        List<LeafCategory> resolved = new ArrayList<>();
        for (LeafCategory leaf : leaves) {
            int[] complements = complementKeys.get(leaf.index()).stream().mapToInt(key -> require(leafIndex, key))
                    .toArray();
            resolved.add(new LeafCategory(leaf.index(), leaf.key(), leaf.top(), leaf.path(), leaf.noun(),
                    leaf.synonymsEn(), leaf.synonymsZh(), leaf.medianUsd(), leaf.sigma(), leaf.sizes(),
                    leaf.sizePatternEn(), leaf.sizePatternZh(), leaf.sizeScales(), leaf.materials(), leaf.colours(),
                    leaf.genderMode(), leaf.adjectives(), complements, leaf.maxQuantity()));
        }
        return new Vocabulary(tops, resolved, brands, colours, materials, root.get("cnyPerUsd").asDouble());
    }

    private static LeafCategory leaf(JsonNode node, int index, int top, JsonNode schemes,
                                     Map<String, Integer> colours, Map<String, Integer> materials) {
        JsonNode sizeNode = node.get("sizes");
        List<Bilingual> sizes = new ArrayList<>();
        String patternEn = "{}";
        String patternZh = "{}";
        boolean scales = true;
        if (sizeNode.isTextual() && !"none".equals(sizeNode.asText())) {
            JsonNode scheme = schemes.get(sizeNode.asText());
            if (scheme == null) {
                throw new IllegalStateException("unknown size scheme " + sizeNode.asText());
            }
            strings(scheme.get("values")).forEach(v -> sizes.add(Bilingual.parse(v)));
            patternEn = scheme.get("en").asText();
            patternZh = scheme.get("zh").asText();
            scales = !List.of("apparel", "waist", "shoe").contains(sizeNode.asText());
        } else if (sizeNode.isArray()) {
            strings(sizeNode).forEach(v -> sizes.add(Bilingual.parse(v)));
        }
        List<Bilingual> path = new ArrayList<>();
        strings(node.get("path")).forEach(p -> path.add(Bilingual.parse(p)));
        List<Bilingual> adjectives = new ArrayList<>();
        strings(node.get("adjectives")).forEach(a -> adjectives.add(Bilingual.parse(a)));
        return new LeafCategory(index, node.get("key").asText(), top, List.copyOf(path),
                Bilingual.parse(node.get("noun").asText()), strings(node.at("/syn/en")), strings(node.at("/syn/zh")),
                node.get("price").asDouble(), node.get("sigma").asDouble(), List.copyOf(sizes), patternEn, patternZh,
                scales, strings(node.get("materials")).stream().mapToInt(m -> require(materials, m)).toArray(),
                strings(node.get("colours")).stream().mapToInt(c -> require(colours, c)).toArray(),
                node.get("gender").asText(), List.copyOf(adjectives), new int[0], node.get("qty").asInt());
    }

    private static ContextEffect context(JsonNode n) {
        return new ContextEffect(n.get("mobile").asDouble(), n.get("desktop").asDouble(), n.get("tablet").asDouble(),
                n.get("morning").asDouble(), n.get("daytime").asDouble(), n.get("evening").asDouble(),
                n.get("night").asDouble(), n.get("weekend").asDouble());
    }

    private static List<Term> terms(JsonNode node) {
        List<Term> terms = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            terms.add(new Term(terms.size(), field.getKey(), Bilingual.parse(field.getValue().asText())));
        }
        return List.copyOf(terms);
    }

    private static Map<String, Integer> index(List<Term> terms) {
        Map<String, Integer> byKey = new HashMap<>();
        terms.forEach(t -> byKey.put(t.key(), t.index()));
        return byKey;
    }

    private static int require(Map<String, Integer> index, String key) {
        Integer found = index.get(key);
        if (found == null) {
            throw new IllegalStateException("vocabulary refers to unknown key " + key);
        }
        return found;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && !array.isMissingNode()) {
            array.forEach(v -> values.add(v.asText()));
        }
        return List.copyOf(values);
    }
}
