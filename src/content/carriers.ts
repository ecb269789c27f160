import * as z from 'zod';
import {SLUG_PATTERN} from './vocabularies';

/** One program carrier (Programmträger*in) in `src/data/carriers.yml`. */
export const carrierSchema = z
  .object({
    id: z.string().regex(SLUG_PATTERN),
    name: z.string().min(1),
    url: z.url({protocol: /^https$/}).optional(),
    city: z.string().min(1).optional(),
    state: z.string().optional(),
    description: z.string().min(1).optional(),
  })
  .strict();

export const carriersSchema = z.array(carrierSchema);

export type Carrier = z.infer<typeof carrierSchema>;
