package io.entente.graphql.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The parents waiting for one batch field in one request. The first parent schedules the batch to run when the
 * current event-loop task ends; by then graphql-java has walked every object of the level, because it completes
 * a list's objects, and asks for their fields, within the task that delivered the list. The batch then runs once
 * for all of them and each parent gets its own value.
 *
 * <p>This is what graphql-java's DataLoader dispatching does, minus its cost: to know when a level is complete
 * it counts every object and field of the response under locks, which in a nest of 2,000 participants cost more
 * than the SQL. Parents that arrive in a later task (another branch of the query whose data came later) make a
 * batch of their own: one statement more, never a wrong answer. Off an event loop (no Vert.x context) every
 * parent is its own batch.
 */
final class PendingBatch {

    private final Function<List<Object>, CompletionStage<List<Object>>> load;
    private List<Object> parents = new ArrayList<>();
    private List<CompletableFuture<Object>> answers = new ArrayList<>();

    /** @param load the values of the given parents, one per parent and in their order */
    PendingBatch(Function<List<Object>, CompletionStage<List<Object>>> load) {
        this.load = load;
    }

    CompletableFuture<Object> add(Object parent) {
        CompletableFuture<Object> answer = new CompletableFuture<>();
        boolean first;
        synchronized (this) {
            first = parents.isEmpty();
            parents.add(parent);
            answers.add(answer);
        }
        if (first) {
            Context context = Vertx.currentContext();
            if (context == null) {
                dispatch();
            } else {
                context.runOnContext(ignored -> dispatch());
            }
        }
        return answer;
    }

    private void dispatch() {
        List<Object> batch;
        List<CompletableFuture<Object>> waiting;
        synchronized (this) {
            batch = parents;
            waiting = answers;
            parents = new ArrayList<>();
            answers = new ArrayList<>();
        }
        CompletionStage<List<Object>> values;
        try {
            values = load.apply(batch);
        } catch (RuntimeException e) {
            values = CompletableFuture.failedFuture(e);
        }
        values.whenComplete((results, failure) -> {
            Throwable problem = failure != null ? failure
                    : results.size() != batch.size()
                            ? new IllegalStateException(results.size() + " results for " + batch.size() + " parents")
                            : null;
            for (int i = 0; i < waiting.size(); i++) {
                if (problem != null) {
                    waiting.get(i).completeExceptionally(problem);
                } else {
                    waiting.get(i).complete(results.get(i));
                }
            }
        });
    }
}
