package contacts

import (
	"context"
	"time"

	"ketenregie/data"
)

// ReviewDue returns the contacts not reviewed for twelve months on today,
// in Dutch order. The rule and its reading of the change log are data's
// (Store.ReviewDue); this stays for Overzicht and Contacten, which ask
// the contacts package for it.
func ReviewDue(ctx context.Context, s *data.Store, today time.Time) ([]data.Record, error) {
	return s.ReviewDue(ctx, today)
}
