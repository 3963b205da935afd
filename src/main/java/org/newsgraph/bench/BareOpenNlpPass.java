package org.newsgraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;

import org.newsgraph.nlp.NlpModels;

/**
 * The baseline of the end-to-end figure: the corpus through OpenNLP alone, with the project's models and nothing
 * else: sentence detector, tokenizer and name finder, adaptive data cleared per article. It runs on as many threads
 * as the build it is compared with, each with its own decoders (they are not thread-safe), taking the next file as
 * it finishes one. Reading the files is timed, as it is in a build.
 */
final class BareOpenNlpPass {

    /** What one pass measured. */
    record Result(long nanos, int articles, long sentences, long tokens, long names) {}

    private BareOpenNlpPass() {}

    static Result run(List<Path> files, NlpModels models, int threads, ProgressMeter meter) throws IOException {
        if (models.nameModel() == null) {
            throw new IllegalStateException("the baseline needs the name finder model");
        }
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "bare-opennlp");
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        try {
            List<Future<long[]>> parts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                parts.add(pool.submit(() -> pass(files, next, models, meter)));
            }
            long[] sum = new long[3];
            for (Future<long[]> part : parts) {
                long[] counts = part.get();
                for (int i = 0; i < sum.length; i++) {
                    sum[i] += counts[i];
                }
            }
            return new Result(System.nanoTime() - start, files.size(), sum[0], sum[1], sum[2]);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the bare OpenNLP pass was interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("the bare OpenNLP pass failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** One thread's share: sentences, tokens and names found. */
    private static long[] pass(List<Path> files, AtomicInteger next, NlpModels models, ProgressMeter meter)
            throws IOException {
        SentenceDetectorME sentenceDetector = new SentenceDetectorME(models.sentenceModel());
        TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
        NameFinderME nameFinder = new NameFinderME(models.nameModel());
        long[] counts = new long[3];
        for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            String text = Files.readString(files.get(i), StandardCharsets.UTF_8);
            for (String sentence : sentenceDetector.sentDetect(text)) {
                String[] tokens = tokenizer.tokenize(sentence);
                counts[2] += nameFinder.find(tokens).length;
                counts[1] += tokens.length;
                counts[0]++;
            }
            nameFinder.clearAdaptiveData();
            meter.advance(1);
        }
        return counts;
    }
}
