package nl.provalue.privacy.infrastructure.importing.batch;

import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Keeps the reason a chunk failed, so the import's record can say why it stopped. */
@Named
@Dependent
public class ImportChunkListener extends AbstractChunkListener {

    @Inject JobContext job;

    @Override
    public void onError(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        job.setExitStatus(message.length() <= 400 ? message : message.substring(0, 400));
    }
}
