package dev.ordersaga.sandbox.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordersaga.sandbox.faults.SystemName;
import dev.ordersaga.sandbox.problems.Problem;
import dev.ordersaga.sandbox.problems.ProblemException;
import dev.ordersaga.sandbox.problems.Problems;
import dev.ordersaga.sandbox.representations.OrderRequest;
import dev.ordersaga.sandbox.store.Effect;
import dev.ordersaga.sandbox.store.ReplayCounter;
import dev.ordersaga.sandbox.store.SqlStates;
import dev.ordersaga.telemetry.LogFields;
import dev.ordersaga.telemetry.logging.LogContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiFunction;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Runs mutating requests at most once per idempotency key.
 *
 * <p>Contract, per (scope, key), where the scope is the request path:
 *
 * <ul>
 *   <li>no key: {@code 400 IdempotencyKeyMissing}, nothing happens;
 *   <li>first use: the action runs, and its answer is recorded in the same transaction as its
 *       effect; a refusal ({@link ProblemException} with a 4xx) rolls the effect back and is
 *       recorded too;
 *   <li>same key, same canonical body: the recorded status and body again, with {@code
 *       Idempotent-Replayed: true}, and no second effect;
 *   <li>same key, another body: {@code 422 IdempotencyKeyReused}.
 * </ul>
 *
 * <p>Requests with the same key are serialized in this process; across processes the primary key of
 * the recorded answers makes the loser roll back and replay the winner's answer.
 *
 * <p>A request may also name its {@link Fence}: the forward request or the undo of one order's
 * compensatable step. Then, before anything else, a forward request of a step that was undone is
 * refused with {@code 409 AlreadyUndone} (not recorded, so it stays refused), even when its key has
 * a recorded answer; an undo fences the step in the transaction that applies and records it.
 * Forward and undo of the same (order, step) are serialized in this process, so the fence is
 * checked and the effect applied with no undo in between.
 */
public final class IdempotentExecutor {
  /** The request header carrying the key. */
  public static final String KEY_HEADER = "Idempotency-Key";

  /** The response header marking a replayed answer. */
  public static final String REPLAYED_HEADER = "Idempotent-Replayed";

  /** The longest key accepted. */
  public static final int MAX_KEY_LENGTH = 255;

  private static final int ATTEMPTS = 3;

  private final Jdbi jdbi;
  private final ObjectMapper mapper;
  private final CanonicalJson canonicalJson;
  private final IdempotencyStore store = new IdempotencyStore();
  private final KeyLocks locks = new KeyLocks();
  private final FenceStore fences = new FenceStore();
  private final KeyLocks fenceLocks = new KeyLocks();
  private final ReplayCounter replays;

  /**
   * An executor recording answers in {@code jdbi}'s database, serialized with {@code mapper},
   * counting replays per system in {@code replays}.
   */
  public IdempotentExecutor(Jdbi jdbi, ObjectMapper mapper, ReplayCounter replays) {
    this.jdbi = jdbi;
    this.mapper = mapper;
    this.replays = replays;
    this.canonicalJson = new CanonicalJson(mapper);
  }

  /**
   * Runs {@code action} once for {@code call}'s key in its scope, or answers as recorded.
   *
   * @param request the request body as deserialized ({@code null} for body-less requests)
   */
  public Response execute(IdempotentCall call, Object request, IdempotentAction action) {
    return execute(call, request, null, action);
  }

  /**
   * Runs {@code action} once for {@code call}'s key in its scope as {@code fence}'s side of its
   * step, or answers as recorded, or refuses a forward request of an undone step ({@code 409
   * AlreadyUndone}).
   *
   * @param request the request body as deserialized ({@code null} for body-less requests)
   * @param fence the step and side the request takes; {@code null} for a request outside any
   *     compensatable step
   */
  public Response execute(
      IdempotentCall call, Object request, Fence fence, IdempotentAction action) {
    if (!(request instanceof OrderRequest named)) {
      return executeFenced(call, request, fence, action);
    }
    try (LogContext ignored = LogContext.open(Map.of(LogFields.ORDER_ID, named.orderId()))) {
      return executeFenced(call, request, fence, action);
    }
  }

  private Response executeFenced(
      IdempotentCall call, Object request, Fence fence, IdempotentAction action) {
    if (fence == null) {
      return executeLocked(call.key(), call.scope(), request, null, action);
    }
    ReentrantLock stepLock = fenceLocks.forKey(fence.lockName());
    stepLock.lock();
    try {
      return executeLocked(call.key(), call.scope(), request, fence, action);
    } finally {
      stepLock.unlock();
    }
  }

  /**
   * Runs the forward request of {@code step} for the order {@code request} names: {@code 201
   * Created} with what {@code effect} answers, as {@link #execute(IdempotentCall, Object, Fence,
   * IdempotentAction)} does.
   */
  public <R extends OrderRequest> Response create(
      IdempotentCall call, R request, Effect step, BiFunction<Handle, ? super R, ?> effect) {
    return execute(
        call,
        request,
        Fence.forward(request.orderId(), step),
        h -> Outcome.created(effect.apply(h, request)));
  }

  /**
   * Runs the body-less undo of {@code step} for {@code call}'s order: {@code 200 OK} with what
   * {@code undo} answers for the order id, as {@link #execute(IdempotentCall, Object, Fence,
   * IdempotentAction)} does; the step is fenced.
   */
  public Response undo(OrderCall call, Effect step, BiFunction<Handle, String, ?> undo) {
    String orderId = call.orderId();
    return execute(call, null, Fence.undo(orderId, step), h -> Outcome.ok(undo.apply(h, orderId)));
  }

  private Response executeLocked(
      String key, String scope, Object request, Fence fence, IdempotentAction action) {
    if (key == null || key.isBlank()) {
      throw Problems.idempotencyKeyMissing("this request needs an " + KEY_HEADER + " header");
    }
    if (key.length() > MAX_KEY_LENGTH) {
      throw Problems.idempotencyKeyInvalid(
          KEY_HEADER + " must be at most " + MAX_KEY_LENGTH + " characters");
    }
    String requestHash = sha256(canonicalJson.of(request));
    ReentrantLock lock = locks.forKey(scope + '\n' + key);
    lock.lock();
    try {
      for (int attempt = 1; ; attempt++) {
        try {
          return attempt(scope, key, requestHash, fence, action);
        } catch (UnableToExecuteStatementException conflict) {
          if (!SqlStates.isUniqueViolation(conflict) || attempt >= ATTEMPTS) {
            throw conflict;
          }
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private Response attempt(
      String scope, String key, String requestHash, Fence fence, IdempotentAction action) {
    return jdbi.withHandle(
        handle -> {
          if (fence != null
              && !fence.undo()
              && fences.isUndone(handle, fence.orderId(), fence.step())) {
            throw Problems.alreadyUndone(
                fence.step().wireName()
                    + " of order "
                    + fence.orderId()
                    + " was undone; this request has no effect");
          }
          Optional<RecordedResponse> recorded = store.find(handle, scope, key);
          if (recorded.isPresent()) {
            if (!recorded.get().requestHash().equals(requestHash)) {
              throw Problems.idempotencyKeyReused(
                  "key '" + key + "' was first used on " + scope + " with another body");
            }
            SystemName.owning(scope).ifPresent(system -> replays.increment(handle, system));
            return respond(recorded.get(), true);
          }
          return respond(apply(handle, scope, key, requestHash, fence, action), false);
        });
  }

  private RecordedResponse apply(
      Handle handle,
      String scope,
      String key,
      String requestHash,
      Fence fence,
      IdempotentAction action) {
    try {
      return handle.inTransaction(
          h -> {
            Outcome outcome = action.apply(h);
            markUndone(h, fence, key);
            RecordedResponse response =
                new RecordedResponse(
                    requestHash,
                    outcome.status(),
                    MediaType.APPLICATION_JSON,
                    write(outcome.body()));
            store.insert(h, scope, key, response);
            return response;
          });
    } catch (ProblemException refused) {
      Problem problem = refused.problem();
      if (problem.status() >= 500) {
        throw refused;
      }
      RecordedResponse response =
          new RecordedResponse(requestHash, problem.status(), Problem.MEDIA_TYPE, write(problem));
      handle.useTransaction(
          h -> {
            markUndone(h, fence, key);
            store.insert(h, scope, key, response);
          });
      return response;
    }
  }

  private void markUndone(Handle handle, Fence fence, String key) {
    if (fence != null && fence.undo()) {
      fences.markUndone(handle, fence.orderId(), fence.step(), key);
    }
  }

  private static Response respond(RecordedResponse response, boolean replayed) {
    Response.ResponseBuilder builder =
        Response.status(response.status()).type(response.contentType()).entity(response.body());
    if (replayed) {
      builder.header(REPLAYED_HEADER, "true");
    }
    return builder.build();
  }

  private String write(Object body) {
    try {
      return mapper.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize " + body.getClass().getName(), e);
    }
  }

  private static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
