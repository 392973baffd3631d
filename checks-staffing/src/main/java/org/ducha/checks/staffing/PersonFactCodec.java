package org.ducha.checks.staffing;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import org.ducha.check.FactCodec;
import org.ducha.model.IdentityNumber;

/**
 * The codec of the staffing pack's inspection-scope checks, keyed by a person's identity number, which it writes as
 * its 17 digits in 8 bytes; each check writes its own facts.
 *
 * @param <F> the check's facts
 */
abstract class PersonFactCodec<F> implements FactCodec<IdentityNumber, F> {

  @Override
  public final void writeKey(IdentityNumber key, DataOutput out) throws IOException {
    out.writeLong(key.digits());
  }

  @Override
  public final IdentityNumber readKey(DataInput in) throws IOException {
    return IdentityNumber.ofDigits(in.readLong());
  }
}
