//go:build linux

package bundle

import (
	"archive/zip"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"

	"ketenregie/data"
)

// BenchmarkImportPeakMemory imports files in a child process each, as
// `ketenregie bundle import` does (with MemoryLimit set), and reports the
// child's peak resident memory (VmHWM; what /usr/bin/time -v calls
// "Maximum resident set size"). The budget is 512 MB for every one of them:
// the 50,000-contact region (applied), a 1 GB zip bomb (refused at once),
// and two files crafted to the limits (refused after reading them whole):
// values that do not compress, and the most changes allowed.
func BenchmarkImportPeakMemory(b *testing.B) {
	dir := b.TempDir()
	_, region := benchRegion(b)
	files := map[string]func(string){
		"region-50k": func(p string) {
			if err := os.WriteFile(p, region, 0o600); err != nil {
				b.Fatal(err)
			}
		},
		"bomb-1GB": func(p string) {
			value := strings.Repeat("a", 200_000)
			craftFile(b, p, func(emit func(string) int) {
				for size, i := 0, 0; size < 1<<30; i++ {
					size += emit(crafted(i, "notes", value, ""))
				}
			})
		},
		"values-at-limit": func(p string) {
			raw := make([]byte, 150_000)
			craftFile(b, p, func(emit func(string) int) {
				for size, i := uint64(0), 0; size < maxChangesSize-(1<<20); i++ {
					rand.Read(raw)
					size += uint64(emit(crafted(i, "notes", base64.StdEncoding.EncodeToString(raw), "")))
				}
			})
		},
		"changes-at-limit": func(p string) {
			craftFile(b, p, func(emit func(string) int) {
				for size, i := uint64(0), 0; i < maxChanges && size < maxChangesSize-(1<<20); i++ {
					parent := "" // each change but the first names the one before
					if i > 0 {
						parent = fmt.Sprintf("%s:%d", craftedDevice, i)
					}
					size += uint64(emit(crafted(i, "name", "v", parent)))
				}
			})
		},
	}
	for _, name := range []string{"region-50k", "bomb-1GB", "values-at-limit", "changes-at-limit"} {
		b.Run(name, func(b *testing.B) {
			path := filepath.Join(dir, name+Ext)
			files[name](path)
			for b.Loop() {
				cmd := exec.Command(os.Args[0], "-test.run=^TestImportChild$", "-test.v")
				cmd.Env = append(os.Environ(), "KETENREGIE_IMPORT_CHILD="+path, "GOMEMLIMIT=")
				out, err := cmd.CombinedOutput()
				if err != nil {
					b.Fatalf("%v: %s", err, out)
				}
				// The child's own high-water mark: its rusage would count
				// this process's memory too (the exec replaces a memory
				// image that began as this one's).
				var hwm int64
				for _, l := range strings.Split(string(out), "\n") {
					if i := strings.Index(l, "VmHWM:"); i >= 0 {
						fmt.Sscanf(strings.TrimSpace(l[i+len("VmHWM:"):]), "%d", &hwm)
					}
					if strings.Contains(l, "result:") {
						b.Log(strings.TrimSpace(l))
					}
				}
				if hwm == 0 {
					b.Fatalf("the child did not say its peak memory: %s", out)
				}
				b.ReportMetric(float64(hwm)/1024, "peak-MB")
				if hwm > 512<<10 {
					b.Errorf("peak memory %d MB, over the budget of 512 MB", hwm>>10)
				}
			}
		})
	}
}

// TestImportChild is the child process of BenchmarkImportPeakMemory: it
// imports one file into a new database and says how that went.
func TestImportChild(t *testing.T) {
	path := os.Getenv("KETENREGIE_IMPORT_CHILD")
	if path == "" {
		t.Skip("only run by BenchmarkImportPeakMemory")
	}
	debug.SetMemoryLimit(MemoryLimit)
	ctx := context.Background()
	s, err := data.Open(ctx, filepath.Join(t.TempDir(), "child.db"), data.Options{DeviceName: "Kind"})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	bd, err := ReadFile(path, ReadOptions{})
	if err == nil {
		var rep data.ApplyReport
		rep, err = Import(ctx, s, bd)
		t.Logf("imported: %+v", rep)
	}
	t.Logf("result: %v", err)
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(string(status), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			t.Log(l) // the peak resident memory, in kB
		}
	}
}

const craftedDevice = "0b9f4a2e-4a43-4a7a-9a51-5c1b9c1d2e3f"

// crafted is change line i of a crafted file, with one parent when given.
func crafted(i int, field, value, parent string) string {
	var id [8]byte
	rand.Read(id[:])
	parents := "[]"
	if parent != "" {
		parents = `["` + parent + `"]`
	}
	v, _ := json.Marshal(value)
	return fmt.Sprintf(`{"origin":%q,"seq":%d,"entity":"contact","id":"%x","field":%q,"value":%s,"parents":%s,"hlc":%d,"nonce":"%x","hash":"%x%x%x%x"}`+"\n",
		craftedDevice, i+1, id, field, v, parents, i+1, id[:4], id, id, id, id)
}

// craftFile writes a bundle of the lines emit is given, signed with a key
// of its own: what an attacker can make.
func craftFile(b testing.TB, path string, lines func(emit func(string) int)) {
	pub, key, _ := ed25519.GenerateKey(rand.Reader)
	out, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer out.Close()
	zw := zip.NewWriter(out)
	w, err := zw.Create(changesName)
	if err != nil {
		b.Fatal(err)
	}
	sum := sha256.New()
	body := io.MultiWriter(w, sum)
	n := 0
	lines(func(l string) int {
		io.WriteString(body, l)
		n++
		return len(l)
	})
	m := Manifest{Format: Format, Device: craftedDevice, Name: "Aanvaller", PublicKey: data.EncodeKey(pub),
		Known: map[string]int64{craftedDevice: int64(n)}, Changes: n, SHA256: hex.EncodeToString(sum.Sum(nil))}
	mb, _ := json.Marshal(m)
	for _, e := range [][2]string{{manifestName, string(mb)}, {signatureName, string(ed25519.Sign(key, mb))}} {
		w, err := zw.Create(e[0])
		if err != nil {
			b.Fatal(err)
		}
		io.WriteString(w, e[1])
	}
	if err := zw.Close(); err != nil {
		b.Fatal(err)
	}
}
