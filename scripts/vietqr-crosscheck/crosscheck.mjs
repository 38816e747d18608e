// Cross-checks TiepDon's VietQR payloads against vietnam-qr-pay 1.5.1, an independent implementation.
// Input (stdin): one JSON object per line:
//   {"bin", "account", "amount" (string or null), "purpose" (string or null),
//    "service" ("QRIBFTTA"/"QRIBFTTC"), "dynamic" (boolean), "ours" (TiepDon's payload)}
// Output (stdout): one JSON object per input line:
//   {"theirs": vietnam-qr-pay's payload for the same fields,
//    "decoded": vietnam-qr-pay's reading of "ours" (valid, bin, account, amount, purpose, service, dynamic)}
// Driven by payment-qr's VietnamQrPayCrossCheckIT; run `npm ci` here first.
import { createInterface } from 'node:readline';
import { QRPay } from 'vietnam-qr-pay';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of lines) {
  if (!line.trim()) continue;
  const c = JSON.parse(line);
  const options = {
    bankBin: c.bin,
    bankNumber: c.account,
    service: c.service,
    initMethod: c.dynamic ? '12' : '11',
  };
  if (c.amount !== null) options.amount = c.amount;
  if (c.purpose !== null) options.purpose = c.purpose;
  const theirs = QRPay.initVietQR(options).build();
  const parsed = new QRPay(c.ours);
  const decoded = {
    valid: parsed.isValid,
    bin: parsed.consumer?.bankBin ?? null,
    account: parsed.consumer?.bankNumber ?? null,
    amount: parsed.amount ?? null,
    purpose: parsed.additionalData?.purpose ?? null,
    service: parsed.provider?.service ?? null,
    dynamic: parsed.initMethod === '12',
  };
  process.stdout.write(JSON.stringify({ theirs, decoded }) + '\n');
}
