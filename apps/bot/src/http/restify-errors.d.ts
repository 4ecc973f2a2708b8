// restify-errors 8 ships no types; the few constructors the body guard uses.
declare module "restify-errors" {
  type HttpErrorClass = new (message?: string) => Error & { statusCode: number; toJSON: () => unknown };
  const errors: {
    PayloadTooLargeError: HttpErrorClass;
    UnsupportedMediaTypeError: HttpErrorClass;
    InvalidContentError: HttpErrorClass;
    BadRequestError: HttpErrorClass;
  };
  export default errors;
}
