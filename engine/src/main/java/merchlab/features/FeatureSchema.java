package merchlab.features;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import merchlab.MerchLabException;

/**
 * The ordered, named inputs of the ranker: plain features first, then the query, product and shopper text embeddings.
 *
 * <p>A feature row is a {@code float[width()]}; {@link Feature#offset()} and {@link Feature#width()} say where each
 * named input lives in it. Stored with every ranker so explanations can name what drove a score.
 */
public final class FeatureSchema {
    private final List<Feature> features;
    private final int width;
    private final int embeddingDimension;

    public FeatureSchema(List<Feature> features, int embeddingDimension) {
        this.features = List.copyOf(features);
        this.embeddingDimension = embeddingDimension;
        int w = 0;
        for (Feature f : this.features) {
            if (f.offset() != w) {
                throw new IllegalArgumentException("feature " + f.name() + " starts at " + f.offset() + ", expected " + w);
            }
            w += f.width();
        }
        this.width = w;
    }

    /** The standard schema for text embeddings of {@code embeddingDimension} values. */
    public static FeatureSchema standard(int embeddingDimension) {
        List<Feature> list = new ArrayList<>();
        int offset = 0;
        for (FeatureNames.Spec s : FeatureNames.SCALARS) {
            list.add(new Feature(s.name(), s.group(), offset++, 1, s.description()));
        }
        for (FeatureNames.Spec s : FeatureNames.EMBEDDINGS) {
            list.add(new Feature(s.name(), s.group(), offset, embeddingDimension, s.description()));
            offset += embeddingDimension;
        }
        return new FeatureSchema(list, embeddingDimension);
    }

    public List<Feature> features() {
        return features;
    }

    /** Values in one feature row. */
    public int width() {
        return width;
    }

    /** Dimension of the text embeddings in a row. */
    public int embeddingDimension() {
        return embeddingDimension;
    }

    /** Number of plain (single-value) features, which come first in a row. */
    public int scalarCount() {
        return (int) features.stream().filter(f -> !f.isEmbedding()).count();
    }

    public Optional<Feature> find(String name) {
        return features.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The feature of that name, or an error naming the schema's features. */
    public Feature feature(String name) {
        return find(name).orElseThrow(() -> new MerchLabException("no feature named '" + name + "'"));
    }

    /** Row offset of a plain feature. */
    public int index(String name) {
        return feature(name).offset();
    }

    /** As stored in a saved model's {@code featureSchema}. */
    public Map<String, Object> toMap() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Feature f : features) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("group", f.group().key());
            m.put("offset", f.offset());
            m.put("width", f.width());
            m.put("description", f.description());
            list.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("width", width);
        out.put("embeddingDimension", embeddingDimension);
        out.put("features", list);
        return out;
    }

    /** Reads a schema written by {@link #toMap()}. */
    @SuppressWarnings("unchecked")
    public static FeatureSchema fromMap(Map<String, Object> map) {
        if (map == null || !(map.get("features") instanceof List<?>)) {
            throw new MerchLabException("the model has no feature schema");
        }
        List<Feature> list = new ArrayList<>();
        for (Object o : (List<Object>) map.get("features")) {
            Map<String, Object> m = (Map<String, Object>) o;
            list.add(new Feature((String) m.get("name"), FeatureGroup.ofKey((String) m.get("group")),
                    ((Number) m.get("offset")).intValue(), ((Number) m.get("width")).intValue(),
                    (String) m.get("description")));
        }
        return new FeatureSchema(list, ((Number) map.get("embeddingDimension")).intValue());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FeatureSchema s && s.features.equals(features) && s.embeddingDimension == embeddingDimension;
    }

    @Override
    public int hashCode() {
        return features.hashCode() * 31 + embeddingDimension;
    }
}
