package merchlab.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import merchlab.MerchLabException;
import merchlab.features.ShopData;
import merchlab.store.SavedModel;

/** The model kinds this build knows, by {@code --model} name. */
public final class ModelKinds {
    private final Map<String, ModelKind> kinds = new LinkedHashMap<>();

    public ModelKinds(List<ModelKind> list) {
        for (ModelKind k : list) {
            kinds.put(k.name(), k);
        }
    }

    /** Every kind registered in {@code META-INF/services/merchlab.model.ModelKind} on the class path. */
    public static ModelKinds installed() {
        List<ModelKind> list = new ArrayList<>();
        ServiceLoader.load(ModelKind.class, ModelKinds.class.getClassLoader()).forEach(list::add);
        return new ModelKinds(list);
    }

    public List<String> names() {
        return List.copyOf(kinds.keySet());
    }

    public List<ModelKind> all() {
        return List.copyOf(kinds.values());
    }

    /** The baseline kinds, which are always shown beside trained models. */
    public List<ModelKind> baselines() {
        return kinds.values().stream().filter(ModelKind::isBaseline).toList();
    }

    /** The kind of that name, or an error listing the known ones. */
    public ModelKind get(String name) {
        ModelKind k = kinds.get(name);
        if (k == null) {
            throw new MerchLabException("unknown model kind '" + name + "': use one of " + String.join(", ", names()));
        }
        return k;
    }

    /** Opens a saved model by its kind. */
    public Recommender open(SavedModel model, ShopData data) {
        return get(model.kind()).open(model, data);
    }
}
