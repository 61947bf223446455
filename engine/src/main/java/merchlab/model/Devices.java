package merchlab.model;

import ai.djl.Device;
import ai.djl.engine.Engine;
import merchlab.MerchLabException;

/** Resolves the {@code --device auto|cpu|gpu} setting to the device DJL will actually use. */
public final class Devices {
    private Devices() {
    }

    /** auto: a GPU when the loaded engine sees one, otherwise the CPU; gpu without a GPU is a clear error. */
    public static Device resolve(String choice) {
        String c = choice == null ? "auto" : choice.strip().toLowerCase(java.util.Locale.ROOT);
        int gpus = Engine.getEngine("PyTorch").getGpuCount();
        return switch (c) {
            case "auto" -> gpus > 0 ? Device.gpu() : Device.cpu();
            case "cpu" -> Device.cpu();
            case "gpu" -> {
                if (gpus == 0) {
                    throw new MerchLabException("--device gpu was asked for, but no GPU is visible to the PyTorch engine"
                            + " (build with -Pgpu on a machine with an NVIDIA GPU and CUDA, or use --device auto)");
                }
                yield Device.gpu();
            }
            default -> throw new MerchLabException("unknown device '" + choice + "': use auto, cpu or gpu");
        };
    }

    /** The name stored with a model: {@code gpu} or {@code cpu}. */
    public static String name(Device device) {
        return device.isGpu() ? "gpu" : "cpu";
    }
}
