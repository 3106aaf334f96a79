package exchange

import (
	"testing"

	"ketenregie/app/kit/kittest"
)

func TestMain(m *testing.M) { kittest.Main(m) }
