package vn.tiepdon.ui.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.tiepdon.provisioning.mqtt.bench.FleetBenchmark;

@Command(
    name = "fleet",
    mixinStandardHelpOptions = true,
    description = {
      "Simulated kiosks send health reports (QoS 1) to a broker; a consumer on an MQTT 5 shared"
          + " subscription times each one.",
      "Prints JSON: kiosks, messages, perSecond, p50Ms, p99Ms, lost (and more)."
    })
final class BenchFleetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--broker", paramLabel = "URL", required = true, description = "tcp://host:1883")
  String broker;

  @Option(names = "--user", description = "Broker user for the simulated kiosks and consumer.")
  String user = "";

  @Option(names = "--password", description = "Broker password.")
  String password = "";

  @Option(
      names = "--kiosks",
      defaultValue = "2000",
      description = "Simulated kiosks (default: ${DEFAULT-VALUE}).")
  int kiosks;

  @Option(
      names = "--connections",
      defaultValue = "20",
      description =
          "MQTT connections the kiosks share; Paho runs three threads per connection"
              + " (default: ${DEFAULT-VALUE}).")
  int connections;

  @Option(
      names = "--interval",
      defaultValue = "5s",
      description = "Each kiosk's health interval (default: ${DEFAULT-VALUE}).")
  String interval;

  @Option(
      names = "--duration",
      defaultValue = "60s",
      description = "How long to publish (default: ${DEFAULT-VALUE}).")
  String duration;

  @Override
  public Integer call() throws Exception {
    FleetBenchmark.Settings settings;
    try {
      settings =
          new FleetBenchmark.Settings(
              broker,
              user,
              password,
              kiosks,
              Math.min(connections, Math.max(1, kiosks)),
              FleetCommand.duration("--interval", interval),
              FleetCommand.duration("--duration", duration));
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage(), e);
    }
    try {
      Json.print(spec.commandLine().getOut(), FleetBenchmark.run(settings));
    } catch (org.eclipse.paho.mqttv5.common.MqttException e) {
      throw new BadInputException("--broker " + broker + ": " + FleetCommand.rootMessage(e), e);
    }
    return ExitCodes.OK;
  }
}
