#include <stdio.h>

static int show_values(char *buf, size_t size, const int *vals, int n)
{
	size_t len = 0;
	for (int i = 0; i < n; i++) {
		int written = snprintf(buf + len, size - len, "%d ", vals[i]);
		if (written < 0 || (size_t)written >= size - len)
			break;
		len += written;
	}
	return (int)len;
}
