/** A field's validation message: announced at once (role="alert") and linked from the control. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div id={id} role="alert" className="ff-error">
      {message}
    </div>
  );
}
