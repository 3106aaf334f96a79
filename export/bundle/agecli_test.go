package bundle

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"filippo.io/age"
)

// TestAgeToolDecrypts checks that an encrypted bundle is a standard age
// file: Debian's age decrypts it, and what comes out is a zip that unzip
// lists. (The age tool reads passphrases only from a terminal, so this
// uses the team-key form of encryption.)
func TestAgeToolDecrypts(t *testing.T) {
	for _, tool := range []string{"age", "unzip"} {
		if _, err := exec.LookPath(tool); err != nil {
			if os.Getenv("CI") != "" {
				t.Fatalf("%s is not installed", tool)
			}
			t.Skipf("%s is not installed", tool)
		}
	}
	id, err := age.GenerateX25519Identity()
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	keyFile := filepath.Join(dir, "team.key")
	os.WriteFile(keyFile, []byte(id.String()+"\n"), 0o600)
	file := filepath.Join(dir, "van-anne.ketenregie")
	os.WriteFile(file, write(t, withContacts(t, "Laptop Anne"), WriteOptions{Recipients: []string{id.Recipient().String()}}), 0o600)

	plain := filepath.Join(dir, "bundle.zip")
	if out, err := exec.Command("age", "--decrypt", "-i", keyFile, "-o", plain, file).CombinedOutput(); err != nil {
		t.Fatalf("age --decrypt: %v\n%s", err, out)
	}
	out, err := exec.Command("unzip", "-l", plain).CombinedOutput()
	if err != nil {
		t.Fatalf("unzip -l: %v\n%s", err, out)
	}
	for _, name := range []string{manifestName, changesName, signatureName} {
		if !strings.Contains(string(out), name) {
			t.Errorf("unzip -l does not list %s:\n%s", name, out)
		}
	}
}
