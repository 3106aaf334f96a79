package cli

import (
	"fmt"
	"path/filepath"
	"text/tabwriter"

	"ketenregie/data"
)

const backupHelp = `  list              de reservekopieën van de database, de nieuwste eerst
  restore BESTAND   zet BESTAND (uit list) terug; de huidige database blijft
                    bewaard bij de reservekopieën
`

// cmdBackup lists and restores backups without opening the database: it
// is the way back when the database itself is damaged.
func cmdBackup(c *call) error {
	switch {
	case len(c.args) == 1 && c.args[0] == "list":
		backups, err := data.Backups(c.dbPath)
		if err != nil {
			return err
		}
		if len(backups) == 0 {
			fmt.Fprintf(c.stdout, "Nog geen reservekopieën van %s (in %s).\n", c.dbPath, data.BackupDir(c.dbPath))
			return nil
		}
		tw := tabwriter.NewWriter(c.stdout, 2, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "gemaakt\twaarom\tgrootte\tbestand")
		for _, b := range backups {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", b.Time.Local().Format("02-01-2006 15:04"), data.Printable(b.Comment, false), sizeText(b.Size), b.Path)
		}
		return tw.Flush()
	case len(c.args) == 2 && c.args[0] == "restore":
		if err := data.RestoreBackupFile(c.ctx, c.dbPath, c.args[1]); err != nil {
			return err
		}
		fmt.Fprintf(c.stdout, "Teruggezet: %s is nu %s. De database van daarvoor staat bij de reservekopieën (%s).\n"+
			"Deze computer heeft een nieuwe identiteit gekregen; wat u sinds de reservekopie met collega's uitwisselde, krijgt u terug met hun bestanden.\n",
			c.dbPath, filepath.Base(c.args[1]), data.BackupDir(c.dbPath))
		return nil
	}
	return usageError{"backup heeft list of restore BESTAND nodig"}
}
