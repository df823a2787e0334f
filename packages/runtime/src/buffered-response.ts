// A `Response` whose body is already in memory (nodeTransport's small answers): reading it decodes
// the bytes directly, with no Web stream made unless someone asks for `body`.

/** The most bytes a client will read of a body: a transport buffers no more than this. */
export const bufferLimit = Symbol.for("patchbay.transport.bufferLimit");

type Bytes = Uint8Array<ArrayBuffer>;
let Buffered: (new (bytes: Bytes, init: ResponseInit) => Response) | undefined;
let decoder: TextDecoder | undefined;

const streamOf = (bytes: Bytes): ReadableStream<Bytes> =>
  new ReadableStream({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });

// Made on first use: touching `Response` at import would make Node load its fetch (~20 ms).
function bufferedClass() {
  Buffered ??= class BufferedResponse extends Response {
    #bytes: Bytes;
    #used = false;
    #stream: ReadableStream<Bytes> | undefined;
    #init: ResponseInit;

    constructor(bytes: Bytes, init: ResponseInit) {
      super(null, init);
      this.#bytes = bytes;
      this.#init = init;
    }

    #take(): Bytes {
      if (this.bodyUsed) throw new TypeError("Body has already been used");
      this.#used = true;
      return this.#bytes;
    }

    override get body(): ReadableStream<Bytes> {
      this.#stream ??= streamOf(this.#bytes);
      return this.#stream;
    }

    override get bodyUsed(): boolean {
      return this.#used || (this.#stream?.locked ?? false);
    }

    override async text(): Promise<string> {
      decoder ??= new TextDecoder();
      return decoder.decode(this.#take());
    }

    override async json(): Promise<unknown> {
      return JSON.parse(await this.text());
    }

    override async arrayBuffer(): Promise<ArrayBuffer> {
      return this.#take().slice().buffer as ArrayBuffer;
    }

    override async bytes(): Promise<Bytes> {
      return this.#take().slice();
    }

    override async blob(): Promise<Blob> {
      return new Response(this.#take(), this.#init).blob();
    }

    override async formData(): Promise<FormData> {
      return new Response(this.#take(), this.#init).formData();
    }

    override clone(): Response {
      if (this.bodyUsed) throw new TypeError("Response.clone: Body has already been consumed.");
      return new (bufferedClass())(this.#bytes, this.#init);
    }
  };
  return Buffered;
}

/** A `Response` with `bytes` as its body, read without a stream. */
export const bufferedResponse = (bytes: Uint8Array, init: ResponseInit): Response =>
  new (bufferedClass())(bytes as Bytes, init);
