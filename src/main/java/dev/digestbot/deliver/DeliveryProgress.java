package dev.digestbot.deliver;

/**
 * How far earlier attempts got with a delivery sent in several parts, such as an edition that
 * takes three Discord messages, and where a sender records each part it gets out. The outbox keeps
 * the count with the delivery, so a retry after a failure at part 2 starts at part 2 instead of
 * sending part 1 again.
 */
public interface DeliveryProgress {
    /** Progress of a send that nothing remembers: no parts out yet, none recorded. */
    DeliveryProgress NONE = new DeliveryProgress() {
        @Override
        public long deliveryId() {
            return 0;
        }

        @Override
        public int partsSent() {
            return 0;
        }

        @Override
        public void record(int partsSent) {}
    };

    /**
     * The delivery's key, for a sender that tags each part so that the other side can tell a resend
     * from a new part; 0 when the send is not one of the outbox's.
     */
    long deliveryId();

    /** How many parts earlier attempts sent; the send resumes with the part after them. */
    int partsSent();

    /**
     * Records that the first {@code partsSent} parts are out.
     *
     * @throws TransientDeliveryException when the delivery is no longer this sender's to send (its
     *     claim ran out and another attempt took it over): the sender must stop
     */
    void record(int partsSent) throws TransientDeliveryException;
}
