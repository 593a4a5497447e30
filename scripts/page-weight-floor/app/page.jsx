import { FloorForm } from "./floor-form";
import { Providers } from "./providers";

export default function FloorPage() {
  return (
    <Providers>
      <main>
        <FloorForm />
      </main>
    </Providers>
  );
}
