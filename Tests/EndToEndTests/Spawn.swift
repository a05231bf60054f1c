import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Runs `path` with `arguments` (argv, including argv[0]) and `environment` ("NAME=value"),
/// standard input from /dev/null, standard output and error into `outputPath`; waits for it
/// and returns its exit status (128 + n if a signal ended it).
func spawnAndWait(
  _ path: String, arguments: [String], environment: [String], outputPath: String
) throws -> Int32 {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
  posix_spawn_file_actions_adddup2(&actions, 1, 2)
  // The test runner's threads block most signals, and a spawned process inherits the mask: a
  // tmux server started that way ignores kill-server and SIGTERM (and its panes inherit the
  // mask too). Start with nothing blocked and every signal at its default action.
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var noSignals = sigset_t()
  sigemptyset(&noSignals)
  var allSignals = sigset_t()
  sigfillset(&allSignals)
  posix_spawnattr_setsigmask(&attributes, &noSignals)
  posix_spawnattr_setsigdefault(&attributes, &allSignals)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  let argv = arguments.map { strdup($0) } + [nil]
  let envp = environment.map { strdup($0) } + [nil]
  defer {
    for pointer in argv + envp { free(pointer) }
  }
  var pid: pid_t = 0
  let error = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
  guard error == 0 else {
    throw EndToEndFailure(description: "cannot run \(path): \(String(cString: strerror(error)))")
  }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) == -1 {
    guard errno == EINTR else {
      throw EndToEndFailure(description: "waitpid failed: \(String(cString: strerror(errno)))")
    }
  }
  // WIFEXITED / WEXITSTATUS / WTERMSIG are macros.
  let signal = status & 0x7F
  return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
}
