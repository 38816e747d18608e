package vn.tiepdon.devices.card;

/** Told when a card is placed on or removed from a reader. */
public interface CardListener<T> {
  void placed(CardHandle<T> card);

  void removed(CardHandle<T> card);
}
