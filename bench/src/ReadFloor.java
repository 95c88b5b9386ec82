import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The floor of the benchmark: a JVM process that only reads every byte of the file (and sums them, so the work is not optimized away). */
public final class ReadFloor {
    public static void main(String[] args) throws Exception {
        byte[] buffer = new byte[1 << 16];
        long sum = 0;
        long bytes = 0;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    sum += buffer[i];
                }
            }
        }
        System.out.println(bytes + " bytes, checksum " + sum);
    }
}
