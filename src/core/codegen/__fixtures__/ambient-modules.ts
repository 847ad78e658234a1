/**
 * Minimal declarations of the parts of fastify, cockatiel and kafkajs the generated code uses, so the
 * property test can type-check generated code in-process without installing them. They copy the real
 * signatures (fastify 5, cockatiel 3.2, kafkajs 2.2) narrowly; the integration test checks generated code
 * against the real packages, which keeps these honest.
 */
export const AMBIENT_MODULES = `
declare module 'fastify' {
  export interface FastifyBaseLogger {
    info(obj: unknown, msg?: string, ...args: unknown[]): void;
    warn(obj: unknown, msg?: string, ...args: unknown[]): void;
    error(obj: unknown, msg?: string, ...args: unknown[]): void;
  }
  export interface FastifyRequest {
    readonly params: unknown;
    readonly body: unknown;
  }
  export interface FastifyReply {
    code(statusCode: number): FastifyReply;
    send(payload?: unknown): FastifyReply;
  }
  export type RouteHandlerMethod = (request: FastifyRequest, reply: FastifyReply) => unknown;
  export type HTTPMethods = 'DELETE' | 'GET' | 'HEAD' | 'PATCH' | 'POST' | 'PUT' | 'OPTIONS';
  export interface FastifyInstance {
    readonly log: FastifyBaseLogger;
    get(path: string, handler: RouteHandlerMethod): FastifyInstance;
    route(options: { method: HTTPMethods | HTTPMethods[]; url: string; handler: RouteHandlerMethod }): FastifyInstance;
    addHook(name: 'onClose', hook: (instance: FastifyInstance) => Promise<unknown>): FastifyInstance;
    listen(options: { port?: number; host?: string }): Promise<string>;
    close(): Promise<undefined>;
  }
  export interface FastifyServerOptions {
    logger?: boolean | { level?: string };
  }
  export default function fastify(options?: FastifyServerOptions): FastifyInstance & PromiseLike<FastifyInstance>;
}

declare module 'cockatiel' {
  export enum CircuitState { Closed = 0, Open = 1, HalfOpen = 2, Isolated = 3 }
  export enum TimeoutStrategy { Cooperative = 'optimistic', Aggressive = 'aggressive' }
  export interface IDisposable { dispose(): void }
  export type Event<T> = (listener: (data: T) => void) => IDisposable;
  export interface IDefaultPolicyContext { signal: AbortSignal }
  export interface IRetryContext extends IDefaultPolicyContext { attempt: number }
  export interface IRetryBackoffContext<R> extends IRetryContext { result: { error: Error } | { value: R } }
  export interface IBackoffFactory<T> { next(context: T): IBackoff<T> }
  export interface IBackoff<T> extends IBackoffFactory<T> { readonly duration: number }
  export interface IPolicy<C extends IDefaultPolicyContext = IDefaultPolicyContext, AltReturn = never> {
    readonly _altReturn: AltReturn;
    execute<T>(fn: (context: C) => PromiseLike<T> | T, signal?: AbortSignal): Promise<T | AltReturn>;
  }
  export interface IBreaker {
    state: unknown;
    success(state: CircuitState): void;
    failure(state: CircuitState): boolean;
  }
  export declare class ConsecutiveBreaker implements IBreaker {
    state: number;
    constructor(threshold: number);
    success(): void;
    failure(): boolean;
  }
  export declare class Policy {}
  export declare class RetryPolicy implements IPolicy<IRetryContext> {
    readonly _altReturn: never;
    execute<T>(fn: (context: IRetryContext) => PromiseLike<T> | T, signal?: AbortSignal): Promise<T>;
  }
  export declare class CircuitBreakerPolicy implements IPolicy {
    readonly _altReturn: never;
    readonly onBreak: Event<unknown>;
    readonly onReset: Event<void>;
    readonly onHalfOpen: Event<void>;
    get state(): CircuitState;
    execute<T>(fn: (context: IDefaultPolicyContext) => PromiseLike<T> | T, signal?: AbortSignal): Promise<T>;
  }
  export declare class BulkheadPolicy implements IPolicy {
    readonly _altReturn: never;
    execute<T>(fn: (context: IDefaultPolicyContext) => PromiseLike<T> | T, signal?: AbortSignal): Promise<T>;
  }
  export interface ICancellationContext extends IDefaultPolicyContext {}
  export declare class TimeoutPolicy implements IPolicy<ICancellationContext> {
    readonly _altReturn: never;
    execute<T>(fn: (context: ICancellationContext) => PromiseLike<T> | T, signal?: AbortSignal): Promise<T>;
  }
  export declare class NoopPolicy implements IPolicy {
    readonly _altReturn: never;
    execute<T>(fn: (context: IDefaultPolicyContext) => PromiseLike<T> | T, signal?: AbortSignal): Promise<T>;
  }
  export declare class DelegateBackoff<T, S = void> implements IBackoffFactory<T> {
    constructor(fn: (context: T, state?: S) => { delay: number; state: S } | number);
    next(context: T): IBackoff<T>;
  }
  export declare const noop: NoopPolicy;
  export declare function handleWhen(predicate: (error: Error) => boolean): Policy;
  export declare function retry(policy: Policy, opts: { maxAttempts?: number; backoff?: IBackoffFactory<IRetryBackoffContext<unknown>> }): RetryPolicy;
  export declare function circuitBreaker(policy: Policy, opts: { halfOpenAfter: number; breaker: IBreaker }): CircuitBreakerPolicy;
  export declare function bulkhead(limit: number, queue?: number): BulkheadPolicy;
  export declare function timeout(duration: number, strategy: TimeoutStrategy): TimeoutPolicy;
  export declare function wrap<C extends IDefaultPolicyContext, A>(...p: Array<IPolicy<C, A>>): IPolicy<C, A>;
  export declare const isBrokenCircuitError: (e: unknown) => boolean;
  export declare const isBulkheadRejectedError: (e: unknown) => boolean;
  export declare const isIsolatedCircuitError: (e: unknown) => boolean;
  export declare const isTaskCancelledError: (e: unknown) => boolean;
}

declare module 'kafkajs' {
  export enum logLevel { NOTHING = 0, ERROR = 1, WARN = 2, INFO = 4, DEBUG = 5 }
  export interface KafkaConfig { brokers: string[]; clientId?: string; logLevel?: logLevel }
  export interface Message { key?: string | null; value: string | null }
  export interface KafkaMessage { key: Buffer | null; value: Buffer | null; offset: string }
  export interface EachMessagePayload { topic: string; partition: number; message: KafkaMessage }
  export type Producer = {
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    send(record: { topic: string; messages: Message[] }): Promise<unknown[]>;
  };
  export type Consumer = {
    connect(): Promise<void>;
    disconnect(): Promise<void>;
    subscribe(subscription: { topic: string | RegExp; fromBeginning?: boolean }): Promise<void>;
    run(config?: { eachMessage?: (payload: EachMessagePayload) => Promise<void> }): Promise<void>;
  };
  export class Kafka {
    constructor(config: KafkaConfig);
    producer(): Producer;
    consumer(config: { groupId: string }): Consumer;
  }
}
`;
