import BoundaryCLI
import Foundation

exit(CLI.run(arguments: Array(CommandLine.arguments.dropFirst()), io: .standard, commands: CommandRegistry.commands))
