#include <stdio.h>
#include <unistd.h>

void send_greeting(int fd, const char *name)
{
	char line[64];
	int len = snprintf(line, sizeof(line), "hello, %s\n", name);
	write(fd, line, len);
}
