package main

import "fmt"

func recent(id int) string {
	return fmt.Sprintf("WITH mine AS (SELECT * FROM likes WHERE id = %d) SELECT count(*) FROM mine", id)
}
