package vn.tiepdon.ui.flow;

import java.time.Instant;

/** A fee to pay by bank transfer: the VietQR payload to show and until when it is valid. */
public record PaymentRequest(
    String reference, long amountDong, String vietQrPayload, Instant expiresAt) {}
