# Ketenregie. `make run` and `make test` work on a fresh Debian or Ubuntu
# machine: scripts/setup.sh installs what is missing and names the go to use.

TAGS  := -tags migrated_fynedo
SETUP := scripts/setup.sh
BIN   := ketenregie

.PHONY: run build test compat bench startup screenshots dist dist-linux clean

## run: install what is missing, build, and open Ketenregie on its default database
run: build
	./$(BIN)

## build: the program, for this machine
build:
	@GO=$$($(SETUP)) && echo "$$GO build $(TAGS) -o $(BIN) ." && $$GO build $(TAGS) -o $(BIN) .

## test: formatting, vet, module tidiness, all tests, the race detector on the data layer and exchange, and exchange with the previous version
test:
	@set -e; GO=$$($(SETUP)); \
	unformatted=$$("$$(dirname $$GO)/gofmt" -l $$(git ls-files -co --exclude-standard '*.go')); \
	if [ -n "$$unformatted" ]; then echo "gofmt: opmaak wijkt af in:"; echo "$$unformatted"; exit 1; fi; \
	echo "$$GO vet $(TAGS) ./..."; $$GO vet $(TAGS) ./...; \
	echo "$$GO mod tidy -diff"; $$GO mod tidy -diff; \
	echo "$$GO test $(TAGS) ./..."; $$GO test $(TAGS) ./...; \
	echo "$$GO test $(TAGS) -race -short -timeout 30m ./data/ ./export/bundle/"; $$GO test $(TAGS) -race -short -timeout 30m ./data/ ./export/bundle/; \
	echo "scripts/compat.sh"; scripts/compat.sh $$GO

## compat: files go from this version through the version before activities and figures and back unchanged
compat:
	@GO=$$($(SETUP)) && scripts/compat.sh $$GO

## bench: the performance budgets (see README)
bench:
	@GO=$$($(SETUP)) && $$GO test $(TAGS) -run XXX -bench . -benchtime 50x ./data/... ./app/...

## startup: launch to mapped first window, beside a hello-world Fyne window, under Xvfb (a ratio; needs xvfb and xdotool)
startup: build
	scripts/startup.sh ./$(BIN) 7

## screenshots: a PNG of every screen on the demo region, under Xvfb: at 1280x720 into docs/screenshots/, at 1024x640 and 1920x1080 into docs/screenshots/WxH/
screenshots: build
	scripts/screenshots.sh ./$(BIN) 1280x720 1024x640 1920x1080

## dist: installable builds in dist/: Linux .tar.xz and, with mingw-w64, the Windows .exe
dist:
	scripts/dist.sh all

## dist-linux: only the Linux .tar.xz (what CI builds)
dist-linux:
	scripts/dist.sh linux

clean:
	rm -rf $(BIN) dist
