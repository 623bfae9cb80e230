package se.hemvag;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.hemvag.prestanda.EgenDatabas;

/**
 * Hemväg as a process of its own (a node), on a MariaDB database of its own, started from the test
 * class path in the mariadb and demo profiles on a free port, its output in a log file. For the
 * harnesses that need what one JVM cannot show: two nodes at once, and a node killed mid-load.
 */
public final class Nod implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
    private static final Duration STARTTID = Duration.ofMinutes(5);

    private final Process process;
    private final Path logg;

    private Nod(Process process, Path logg) {
        this.process = process;
        this.logg = logg;
    }

    /** Starts the node and returns at once; {@link #vantaTillsStartad()} waits for it. */
    public static Nod starta(EgenDatabas databas, Path logg, String... merArgument) throws IOException {
        List<String> kommando = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), HemvagApplication.class.getName(),
                "--spring.profiles.active=mariadb,demo", "--server.port=0"));
        kommando.addAll(databas.appArgument());
        kommando.addAll(List.of(merArgument));
        Process process = new ProcessBuilder(kommando).redirectErrorStream(true).redirectOutput(logg.toFile()).start();
        return new Nod(process, logg);
    }

    /**
     * Waits until the node takes traffic (after the work done when the app is ready, such as the demo
     * users) and gives its port; fails with its log if it stops or takes over five minutes.
     */
    public int vantaTillsStartad() throws IOException, InterruptedException {
        long grans = System.nanoTime() + STARTTID.toNanos();
        while (System.nanoTime() < grans) {
            String text = logg();
            Matcher port = PORT.matcher(text);
            if (text.contains(HemvagApplication.REDO) && port.find()) {
                return Integer.parseInt(port.group(1));
            }
            if (!process.isAlive()) {
                throw new AssertionError("Noden stannade under starten:\n" + sista(text));
            }
            Thread.sleep(500);
        }
        throw new AssertionError("Noden startade inte på " + STARTTID.toMinutes() + " minuter:\n" + sista(logg()));
    }

    public String logg() throws IOException {
        return Files.exists(logg) ? Files.readString(logg) : "";
    }

    /** kill -9: the JVM gets no chance to finish anything, as at a power cut or an out-of-memory kill. */
    public void dodaHart() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private static String sista(String text) {
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }
}
