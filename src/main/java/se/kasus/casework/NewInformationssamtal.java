package se.kasus.casework;

import java.time.LocalDate;

/** A parent's request for an informationssamtal (FB 6 kap. 25 §); the other parent is optional. */
public record NewInformationssamtal(Long parentId, Long otherParentId, LocalDate receivedDate) {
}
