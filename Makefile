# The two commands of the README.
.PHONY: run test setup screenshots

## make run: install what is missing, build the release page, serve it on http://127.0.0.1:8080
run:
	@scripts/run.sh

## make test: install what is missing, then every check and test suite, ending "summary: N passed, N failed"
test:
	@scripts/test.sh

## make setup: only install what is missing
setup:
	@scripts/setup.sh

## make screenshots: rebuild the page and refresh docs/screenshots/ (make test leaves them alone)
screenshots:
	@scripts/screenshots.sh
