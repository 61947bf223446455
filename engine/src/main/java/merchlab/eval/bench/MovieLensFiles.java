package merchlab.eval.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import merchlab.MerchLabException;
import merchlab.eval.protocol.Interaction;
import merchlab.eval.protocol.InteractionLog;

/**
 * Reads MovieLens-100k in RecBole's atomic files: {@code ml-100k.inter} (every rating counts as one interaction, as
 * RecBole counts them) and {@code ml-100k.item} (title, release year and genres, the product text).
 */
final class MovieLensFiles {
    private final Path folder;

    MovieLensFiles(Path folder) {
        this.folder = folder;
    }

    /** All ratings as interactions, timestamps in milliseconds, file order kept for equal timestamps. */
    InteractionLog interactions() {
        List<Interaction> rows = new ArrayList<>();
        for (String[] f : rows("ml-100k.inter", 4)) {
            rows.add(new Interaction(f[0], f[1], (long) (Double.parseDouble(f[3]) * 1000)));
        }
        return InteractionLog.of(rows);
    }

    /** Movie id to its text: title, release year and genres. */
    Map<String, String> movies() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String[] f : rows("ml-100k.item", 2)) {
            String year = f.length > 2 && !f[2].isBlank() ? " (" + f[2] + ")" : "";
            String genres = f.length > 3 ? ". " + f[3] : "";
            out.put(f[0], f[1] + year + genres);
        }
        return out;
    }

    private List<String[]> rows(String name, int minFields) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new MerchLabException("no " + name + " in " + folder + ": point --data at RecBole's ml-100k folder");
        }
        List<String[]> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = in.readLine();
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length < minFields) {
                    throw new MerchLabException(name + " line " + number + ": expected " + minFields + " fields");
                }
                out.add(f);
            }
        } catch (IOException e) {
            throw new MerchLabException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NumberFormatException e) {
            throw new MerchLabException(name + ": not a number: " + e.getMessage(), e);
        }
        return out;
    }
}
