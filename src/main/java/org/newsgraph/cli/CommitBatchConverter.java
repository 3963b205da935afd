package org.newsgraph.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

import org.newsgraph.pipeline.CommitBatch;

/** Reads {@code --commit-batch}: a number of articles, or {@code auto} for batches that grow with the store. */
final class CommitBatchConverter implements ITypeConverter<CommitBatch> {

    /** The option's description, shared by {@code build} and {@code bench run}. */
    static final String DESCRIPTION = "Articles per write transaction: 'auto' (the default) commits once the "
            + "transaction holds as many articles as the store did when it began (1, 1, 2, 4, ... into an empty "
            + "store), so that builds of any size cost time and disk in proportion to the corpus; a number N commits "
            + "every N articles (1: each article its own). An article is never split; a kill loses at most one "
            + "batch, and building again resumes.";

    @Override
    public CommitBatch convert(String value) {
        try {
            return CommitBatch.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
