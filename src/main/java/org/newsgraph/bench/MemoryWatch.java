package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * Watches the memory of this JVM while a piece of work runs: the peak of used heap (the larger of a sample every
 * {@value #SAMPLE_MS} ms and the heap just before each garbage collection, where it is fullest) and the peak resident
 * set size, from {@code VmHWM} of {@code /proc/self/status} after resetting it through {@code /proc/self/clear_refs}
 * (or, where that is not allowed, the largest sampled {@code VmRSS}). Linux only for resident memory; elsewhere it is
 * reported as unknown. Start with {@link #start()}, read the peaks after {@link #close()}.
 */
final class MemoryWatch implements AutoCloseable {

    private static final long SAMPLE_MS = 20;
    private static final Path STATUS = Path.of("/proc/self/status");
    private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong peakSampledRss = new AtomicLong(-1);
    private final boolean hwmReset;
    private final Set<String> heapPools;
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onGc;
    private final Thread sampler;
    private volatile boolean running = true;
    private long peakRss = -1;
    private String rssSource = "unknown";

    private MemoryWatch() {
        heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        hwmReset = resetHighWaterMark();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
        sampler = new Thread(this::sample, "memory-watch");
        sampler.setDaemon(true);
        sampler.start();
    }

    static MemoryWatch start() {
        return new MemoryWatch();
    }

    private static boolean resetHighWaterMark() {
        try {
            // "5" resets the peak resident set size of the process (Linux 4.0 and later).
            Files.writeString(CLEAR_REFS, "5", StandardCharsets.US_ASCII);
            return true;
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            return false;
        }
    }

    private void sample() {
        while (running) {
            peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
            statusField("VmRSS").ifPresent(rss -> peakSampledRss.accumulateAndGet(rss, Math::max));
            try {
                Thread.sleep(SAMPLE_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void onGc(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info =
                GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        long used = 0;
        for (Map.Entry<String, MemoryUsage> e : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(e.getKey())) {
                used += e.getValue().getUsed();
            }
        }
        peakHeap.accumulateAndGet(used, Math::max);
    }

    /** A field of {@code /proc/self/status} in bytes (it is given in kB there). */
    static OptionalLong statusField(String name) {
        try {
            for (String line : Files.readAllLines(STATUS, StandardCharsets.US_ASCII)) {
                if (line.startsWith(name + ":")) {
                    String[] f = line.substring(name.length() + 1).trim().split("\\s+");
                    return OptionalLong.of(Long.parseLong(f[0]) * 1024);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        try {
            sampler.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("the GC listener vanished", e);
            }
        }
        peakHeap.accumulateAndGet(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
        OptionalLong hwm = statusField("VmHWM");
        if (hwmReset && hwm.isPresent()) {
            peakRss = hwm.getAsLong();
            rssSource = "VmHWM";
        } else if (peakSampledRss.get() >= 0) {
            peakRss = peakSampledRss.get();
            rssSource = "sampled VmRSS";
        }
    }

    /** The peak of used heap, in bytes. */
    long peakHeap() {
        return peakHeap.get();
    }

    /** The peak resident set size in bytes, or -1 where it cannot be read. */
    long peakRss() {
        return peakRss;
    }

    /** Where the resident figure comes from: VmHWM, sampled VmRSS or unknown. */
    String rssSource() {
        return rssSource;
    }
}
