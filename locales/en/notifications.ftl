# Notifications: the list, and what each notification says.

notifications-none = Nothing yet. You are told here when your entries are reviewed, when a strong candidate appears for your need, and when an introduction moves on.
notifications-mark-read = Mark all as read
notifications-new = new
notify-approved = { $kind ->
    [technology] Your technology “{ $title }” was approved and is public: { $reason }
   *[need] Your need “{ $title }” was approved and is public: { $reason }
}
notify-changes-requested = { $kind ->
    [technology] Your technology “{ $title }” needs changes: { $reason }
   *[need] Your need “{ $title }” needs changes: { $reason }
}
notify-rejected = { $kind ->
    [technology] Your technology “{ $title }” was rejected: { $reason }
   *[need] Your need “{ $title }” was rejected: { $reason }
}
notify-expired = { $kind ->
    [technology] “{ $title }” has expired and left the public catalogue: confirm it is still current to publish it again
   *[need] “{ $title }” has expired and left the public needs board: confirm it is still current to publish it again
}
notify-expiring = { $kind ->
    [technology] “{ $title }” leaves the public catalogue on { $date } unless you confirm it is still current
   *[need] “{ $title }” leaves the public needs board on { $date } unless you confirm it is still current
}
notify-candidates = { $count ->
    [one] { $count } strong candidate found for your need “{ $need }”
   *[other] { $count } strong candidates found for your need “{ $need }”
}
notify-candidate = New candidate for “{ $need }”: { $technology }
notify-introduction-asked = { $organisation } asks for an introduction to { $technology }
notify-stage-requested = Introduction to { $technology }: Requested
notify-stage-accepted = Introduction to { $technology }: Accepted
notify-stage-in_discussion = Introduction to { $technology }: In discussion
notify-stage-nda_signed = Introduction to { $technology }: NDA signed
notify-stage-pilot = Introduction to { $technology }: Pilot
notify-stage-agreement_signed = Introduction to { $technology }: Agreement signed
notify-stage-declined = Introduction to { $technology }: Declined
notify-stage-closed = Introduction to { $technology }: Closed
